// @ts-check
// The build benchmark's floor: Astro, MDX and Pagefind with one layout and nothing else, so the
// gap between it and Day One is what our own features cost (README, "Benchmarks"). The bench
// copies this folder, adds the generated pages under content/, and builds it.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** @type {import('astro').AstroIntegration} */
const pagefindIndex = {
	name: 'floor:pagefind',
	hooks: {
		'astro:build:done': async ({ dir }) => {
			const { index } = await pagefind.createIndex({});
			if (!index) throw new Error('Pagefind could not start');
			await index.addDirectory({ path: fileURLToPath(dir) });
			await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind', dir)) });
			await pagefind.close();
		},
	},
};

export default defineConfig({
	site: 'https://floor.example',
	trailingSlash: 'always',
	markdown: { syntaxHighlight: false },
	integrations: [mdx(), pagefindIndex],
});
