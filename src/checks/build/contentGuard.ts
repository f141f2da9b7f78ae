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
import { readContentFiles } from './readContentFiles.ts';

/** The sources' fingerprints the repository keeps (see `npm run fingerprints`). */
function readFingerprints(projectRoot: string): Fingerprints {
	const file = resolve(projectRoot, 'src/checks/data/source-fingerprints.json');
	return (JSON.parse(readFileSync(file, 'utf8')) as { sources: Fingerprints }).sources;
}

export function contentGuard(): AstroIntegration {
	return {
		name: 'day-one:content-guard',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const projectRoot = fileURLToPath(config.root);
				const contentRoot = resolve(projectRoot, process.env.DAY_ONE_CONTENT ?? 'content');
				const entries = readContentFiles(contentRoot, projectRoot);
				const problems = checkContent(entries, plainSchemas(), readFingerprints(projectRoot));
				if (problems.length > 0) {
					// On GitHub, each error also shows on its line of the pull request's diff.
					if (process.env.GITHUB_ACTIONS === 'true')
						console.log(githubAnnotations(problems).join('\n'));
					throw new ContentError(formatContentProblems(problems));
				}
				logger.info(`Checked ${entries.length} content files.`);
			},
		},
	};
}
