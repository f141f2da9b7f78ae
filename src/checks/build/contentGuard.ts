/**
 * Checks all content before Astro builds anything, and stops with every problem listed: file,
 * field, what is wrong and how to fix it. Runs for `astro build`, `astro dev` and `astro check`
 * (so `npm run check` covers content and links). The checks themselves are pure modules in src/checks/.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../ContentError.ts';
import { formatContentProblems, type ContentProblem } from '../contentErrors.ts';
import { githubAnnotations } from '../githubAnnotations.ts';
import { checkContent, type RawEntry } from '../checkContent.ts';
import { wordedSources } from '../wordingChecks.ts';
import { plainSchemas } from '../../model/contentSchemas.ts';
import type { Fingerprints } from '../sourceFingerprints.ts';
import { contentFolder, readContentFiles } from './readContentFiles.ts';

/** The sources' fingerprints the repository keeps (see `npm run fingerprints`). */
function readFingerprints(projectRoot: string): Fingerprints {
	const file = resolve(projectRoot, 'src/checks/data/source-fingerprints.json');
	return (JSON.parse(readFileSync(file, 'utf8')) as { sources: Fingerprints }).sources;
}

/**
 * Every problem in the content under `contentRoot`, and how many files were read. With `wording`
 * false, a clean result also hands back what the wording checks need, for `checkWordingAside()`.
 * The guard's tests call it on their fixtures directly, as the build does.
 */
export function checkContentFolder(contentRoot: string, projectRoot: string, wording = true) {
	const entries = readContentFiles(contentRoot, projectRoot);
	const fingerprints = readFingerprints(projectRoot);
	const schemas = plainSchemas();
	let problems = checkContent(entries, schemas, fingerprints, { wording });
	// Every problem is told at once: with others to report, check the wording too, here.
	if (!wording && problems.length > 0) problems = checkContent(entries, schemas, fingerprints);
	// With no problem, every entry of a collection passed its schema.
	const checked = entries.filter((entry) => entry.collection in schemas);
	return { problems, files: entries.length, checked, fingerprints };
}

/**
 * The wording problems of `entries`, found on a thread of their own (`wordingWorker.ts`): the
 * checks' largest cost, which then runs on another core while Astro reads the content.
 */
function checkWordingAside(
	entries: RawEntry[],
	fingerprints: Fingerprints,
	projectRoot: string,
): Promise<ContentProblem[]> {
	const pages = entries.flatMap((entry) =>
		entry.body
			? [{ filePath: entry.filePath, body: entry.body, bodyLine: entry.bodyLine ?? 1 }]
			: [],
	);
	const sources = wordedSources(
		entries.map((entry) => ({ ...entry, data: entry.data as Record<string, unknown> })),
	);
	const worker = new Worker(resolve(projectRoot, 'src/checks/build/wordingWorker.ts'), {
		workerData: { pages, sources, fingerprints },
	});
	return new Promise((done, fail) => {
		worker.once('message', done);
		worker.once('error', (error) =>
			fail(new Error(`The thread that checks the wording of pages stopped: ${error.message}`)),
		);
		worker.once('exit', (code) =>
			fail(new Error(`The thread that checks the wording of pages exited with code ${code}`)),
		);
	});
}

/** Stops the build with every problem listed (and, on GitHub, each on its line of the diff). */
function stopFor(problems: ContentProblem[]): never {
	if (process.env.GITHUB_ACTIONS === 'true') console.log(githubAnnotations(problems).join('\n'));
	throw new ContentError(formatContentProblems(problems));
}

export function contentGuard(): AstroIntegration {
	let projectRoot = '';
	let contentRoot = '';
	let wording: Promise<ContentProblem[]> | undefined;
	return {
		name: 'day-one:content-guard',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				projectRoot = fileURLToPath(config.root);
				contentRoot = contentFolder(projectRoot);
				// A build checks the wording on another thread and waits for it once Astro has read
				// the content, before anything is rendered; `astro dev` and `astro check` check it here.
				const aside = command === 'build';
				const { problems, files, checked, fingerprints } = checkContentFolder(
					contentRoot,
					projectRoot,
					!aside,
				);
				if (problems.length > 0) stopFor(problems);
				if (aside) {
					wording = checkWordingAside(checked, fingerprints, projectRoot);
					// Told when the build waits for it, not as a stray rejection before then.
					wording.catch(() => {});
				}
				logger.info(`Checked ${files} content files${aside ? '; checking their wording' : ''}.`);
			},
			'astro:build:start': async ({ logger }) => {
				const problems = (await wording) ?? [];
				if (problems.length > 0) stopFor(problems);
				logger.info('Checked the wording of every page against the sources.');
			},
			// While `npm run dev` runs, every save in the content folder is checked again: a problem
			// shows in the terminal and in the browser's error overlay, and clears once it is fixed.
			'astro:server:setup': ({ server, logger }) => {
				let failing = false;
				// The content may live outside the project (a test's folder); watch it wherever it is.
				server.watcher.add(contentRoot);
				const recheck = (file: string) => {
					if (!resolve(file).startsWith(contentRoot)) return;
					const { problems } = checkContentFolder(contentRoot, projectRoot);
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
