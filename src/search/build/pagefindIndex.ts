/**
 * Writes the Pagefind search index into the build output, as part of `astro build` itself.
 * Any Pagefind error, or an index of no pages, fails the build: a site without working search
 * must never look like a good build.
 */
import type { AstroIntegration } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../glossaryRecords.ts';
import { indexProblems } from '../indexProblems.ts';
import { sitePath } from '../../model/urls.ts';

/** Content types of the files Pagefind writes. */
const CONTENT_TYPES: Record<string, string> = {
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.pagefind': 'application/wasm',
};

export function pagefindIndex(): AstroIntegration {
	let outDir = '';
	return {
		name: 'day-one:pagefind-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
			// `astro dev` builds no index: serve the last build's, so search works while writing.
			// Without a build the requests 404 and the search interfaces say a build is needed.
			'astro:server:setup': ({ server }) => {
				const prefix = sitePath('pagefindFolder', server.config.base);
				server.middlewares.use(async (request, response, next) => {
					const path = request.url?.split('?')[0] ?? '';
					if (!path.startsWith(prefix)) return next();
					const file = normalize(join(outDir, 'pagefind', path.slice(prefix.length)));
					if (!file.startsWith(join(outDir, 'pagefind'))) return next();
					try {
						const body = await readFile(file);
						response.setHeader(
							'Content-Type',
							CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
						);
						response.end(body);
					} catch {
						next();
					}
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				// When Pagefind's backend panics its promises never settle and Astro exits 0 with no
				// index (docs/stack-traps.md, trap 1). Fail the process unless this hook finished.
				let finished = false;
				const failUnfinished = () => {
					if (!finished) {
						logger.error('Pagefind stopped before the search index was written; the build failed.');
						process.exitCode = 1;
					}
				};
				process.once('beforeExit', failUnfinished);

				const outDir = fileURLToPath(dir);
				const problems: string[] = [];
				const { index, errors: createErrors } = await pagefind.createIndex({});
				problems.push(...createErrors);
				if (index) {
					const added = await index.addDirectory({ path: outDir });
					// Each glossary term is a result of its own, at its anchor (glossaryRecords.ts).
					const recordsFile = join(outDir, sitePath('searchRecords'));
					const records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecord[];
					for (const record of records) {
						const { errors } = await index.addHTMLFile({ url: record.url, content: record.html });
						problems.push(...errors.map((error) => `${record.url}: ${error}`));
					}
					await rm(recordsFile);
					const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
					problems.push(...indexProblems(added, written));
					if (problems.length === 0)
						logger.info(
							`Indexed ${added.page_count} pages and ${records.length} glossary terms for search.`,
						);
				}
				await pagefind.close();
				finished = true;
				process.off('beforeExit', failUnfinished);
				if (problems.length > 0) {
					throw new Error(`The search index could not be built:\n  ${problems.join('\n  ')}`);
				}
			},
		},
	};
}
