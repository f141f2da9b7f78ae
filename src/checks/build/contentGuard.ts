/**
 * Checks all content before Astro builds anything, and stops with every problem listed: file,
 * field, what is wrong and how to fix it. Runs for `astro build`, `astro dev` and `astro check`
 * (so `npm run check` covers content and links). The checks themselves are pure modules in src/checks/.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../ContentError.ts';
import { formatContentProblems } from '../contentErrors.ts';
import { githubAnnotations } from '../githubAnnotations.ts';
import { checkContent } from '../checkContent.ts';
import { plainSchemas } from '../../model/contentSchemas.ts';
import type { Fingerprints } from '../sourceFingerprints.ts';
import { contentFolder, readContentFiles } from './readContentFiles.ts';

/** The sources' fingerprints the repository keeps (see `npm run fingerprints`). */
function readFingerprints(projectRoot: string): Fingerprints {
	const file = resolve(projectRoot, 'src/checks/data/source-fingerprints.json');
	return (JSON.parse(readFileSync(file, 'utf8')) as { sources: Fingerprints }).sources;
}

/** Every problem in the content under `contentRoot`, and how many files were read. */
function checkFolder(contentRoot: string, projectRoot: string) {
	const entries = readContentFiles(contentRoot, projectRoot);
	const problems = checkContent(entries, plainSchemas(), readFingerprints(projectRoot));
	return { problems, files: entries.length };
}

export function contentGuard(): AstroIntegration {
	let projectRoot = '';
	let contentRoot = '';
	return {
		name: 'day-one:content-guard',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				projectRoot = fileURLToPath(config.root);
				contentRoot = contentFolder(projectRoot);
				const { problems, files } = checkFolder(contentRoot, projectRoot);
				if (problems.length > 0) {
					// On GitHub, each error also shows on its line of the pull request's diff.
					if (process.env.GITHUB_ACTIONS === 'true')
						console.log(githubAnnotations(problems).join('\n'));
					throw new ContentError(formatContentProblems(problems));
				}
				logger.info(`Checked ${files} content files.`);
			},
			// While `npm run dev` runs, every save in the content folder is checked again: a problem
			// shows in the terminal and in the browser's error overlay, and clears once it is fixed.
			'astro:server:setup': ({ server, logger }) => {
				let failing = false;
				// The content may live outside the project (a test's folder); watch it wherever it is.
				server.watcher.add(contentRoot);
				const recheck = (file: string) => {
					if (!resolve(file).startsWith(contentRoot)) return;
					const { problems } = checkFolder(contentRoot, projectRoot);
					if (problems.length > 0) {
						const message = formatContentProblems(problems);
						logger.error(message);
						server.hot.send({
							type: 'error',
							err: { message, stack: '', plugin: 'day-one:content-guard' },
						});
						failing = true;
					} else if (failing) {
						failing = false;
						logger.info('Every content problem is fixed.');
						server.hot.send({ type: 'full-reload' });
					}
				};
				for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, recheck);
			},
		},
	};
}
