// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentGuard } from './src/integrations/contentGuard.ts';
import { pagefindIndex } from './src/integrations/pagefindIndex.ts';

// SITE and BASE let a deployment serve the handbook from its own address or a sub-path.
const site = process.env.SITE ?? 'https://day-one.example';
const base = process.env.BASE ?? '/';
// Fixture builds (tests/fixtures/) keep their content cache apart, so no fixture entry can leak
// into the real site's cache or the other way round.
const fixtureContent = process.env.DAY_ONE_CONTENT;

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	...(fixtureContent && { cacheDir: './node_modules/.astro-fixtures' }),
	// The content guard comes first: it stops the build before anything is rendered.
	integrations: [
		contentGuard(),
		mdx(),
		sitemap(),
		pagefindIndex(),
	],
	vite: {
		build: {
			rolldownOptions: {
				onwarn(warning, warn) {
					// MDX marks every compiled file "use astro:head-inject"; the warning is harmless
					// (../shared/STACK.md, trap 8). Every other warning stays visible.
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
					warn(warning);
				},
			},
		},
	},
});
