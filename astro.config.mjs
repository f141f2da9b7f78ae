// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentGuard } from './src/checks/build/contentGuard.ts';
import { citationMarkerPlugin } from './src/reading/build/citationMarkerPlugin.ts';
import { glossaryLinks } from './src/reading/build/glossaryLinks.ts';
import { isPrintPath } from './src/model/urls.ts';
import { pagefindIndex } from './src/search/build/pagefindIndex.ts';
import { THEME_SCRIPT } from './src/storage/themeScript.ts';

// SITE and BASE let a deployment serve the handbook from its own address or a sub-path.
const site = process.env.SITE ?? 'https://day-one.example';
const base = process.env.BASE ?? '/';
// Fixture builds (tests/fixtures/) keep their content cache apart, so no fixture entry can leak
// into the real site's cache or the other way round.
const fixtureContent = process.env.DAY_ONE_CONTENT;
const schemaVersion = createHash('sha256')
	.update(readFileSync(new URL('./src/model/contentSchemas.ts', import.meta.url)))
	.digest('hex')
	.slice(0, 12);
// Astro keeps parsed entries in its cache and does not notice a schema changed outside this
// file (docs/stack-traps.md, trap 7): a cache per version of the schemas starts fresh.
const cacheDir = `./node_modules/${fixtureContent ? '.astro-fixtures' : '.astro'}/${schemaVersion}`;
// Social cards are kept in one folder for every build of the project, keyed by their text and
// drawing code alone (src/cards/build/cardCache.ts), so a workflow can persist it whole. A test
// that must draw every card points SOCIAL_CARDS_CACHE at an empty folder of its own.
const socialCardsCache = process.env.SOCIAL_CARDS_CACHE
	? resolve(process.env.SOCIAL_CARDS_CACHE)
	: fileURLToPath(new URL('./.cache/social-cards/', import.meta.url));
// SKIP_SOCIAL_CARDS=1: a build that does not publish (dev, tests, the bench's author build) writes
// no card; every page still names the card a publishing build writes (README, "Social cards").
const skipSocialCards = process.env.SKIP_SOCIAL_CARDS === '1';

/**
 * The CSP hash of an inline script, as the browser computes it.
 * @param {string} code
 * @returns {`sha256-${string}`}
 */
const scriptHash = (code) => `sha256-${createHash('sha256').update(code).digest('base64')}`;

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// No code highlighting: the handbook shows no code, and Shiki's inline styles would need the
	// CSP to allow inline styles. Citations get their numbered markers (one per source per
	// sentence) and glossary terms in the text link to their definitions; MDX files inherit this
	// processor and its plugins (docs/stack-traps.md, trap 10).
	markdown: {
		syntaxHighlight: false,
		processor: satteri({
			mdastPlugins: [
				citationMarkerPlugin(fileURLToPath(new URL('.', import.meta.url))),
				glossaryLinks(fileURLToPath(new URL('.', import.meta.url))),
			],
		}),
	},
	// A strict Content-Security-Policy in a <meta> tag on every page: Astro hashes the scripts and
	// styles it bundles; the theme script is allowed by its hash; Pagefind needs WebAssembly
	// ('wasm-unsafe-eval') and its worker. No other inline script can run.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"worker-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: {
				resources: ["'self'", "'wasm-unsafe-eval'"],
				hashes: [scriptHash(THEME_SCRIPT)],
			},
		},
	},
	cacheDir,
	// Routes render eight at a time rather than one after another: a route's turn waits on writing
	// its file, and a social card's on the threads that draw it, and another renders meanwhile. A next build of 1,000
	// pages took 0.88x the time with 4 (four pairs), 0.95x that again with 16, and 8 was level
	// with 16 (README, "Build"). The output is the same byte for byte.
	build: { concurrency: 8 },
	// The content guard comes first: it stops the build before anything is rendered. A path's
	// print version copies pages that have addresses of their own, so the sitemap leaves it out.
	integrations: [
		contentGuard(),
		mdx(),
		sitemap({ filter: (page) => !isPrintPath(page, base) }),
		pagefindIndex(),
	],
	vite: {
		// Social cards are drawn on worker threads, which run their file from the source tree, and
		// kept in the cache between builds, keyed by the code that draws them: bundled code cannot
		// find those files on its own (src/cards/build/cardDrawing.ts).
		define: {
			'import.meta.env.CARD_DRAWING': JSON.stringify({
				worker: fileURLToPath(new URL('./src/cards/build/cardWorker.ts', import.meta.url)),
				cacheFolder: socialCardsCache,
				projectRoot: fileURLToPath(new URL('.', import.meta.url)),
				skip: skipSocialCards,
			}),
		},
		build: {
			rolldownOptions: {
				onwarn(warning, warn) {
					// MDX marks every compiled file "use astro:head-inject"; the warning is harmless
					// (docs/stack-traps.md, trap 5). Every other warning stays visible.
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
					warn(warning);
				},
			},
		},
	},
});
