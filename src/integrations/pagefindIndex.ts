/**
 * Writes the Pagefind search index into the build output, as part of `astro build` itself.
 * Any Pagefind error, or an index of no pages, fails the build: a site without working search
 * must never look like a good build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { indexProblems } from '../lib/indexProblems.ts';

export function pagefindIndex(): AstroIntegration {
	return {
		name: 'day-one:pagefind-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				// When Pagefind's backend panics its promises never settle and Astro exits 0 with no
				// index (../shared/STACK.md, trap 1). Fail the process unless this hook finished.
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
					const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
					problems.push(...indexProblems(added, written));
					if (problems.length === 0) logger.info(`Indexed ${added.page_count} pages for search.`);
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
