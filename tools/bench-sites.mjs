// The sites the build benchmark and the profile build: a copy of this project, the floor
// (tools/floor-site/) and Starlight, each given the same generated MDX pages. See README, "Benchmarks".
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { syntheticMdxBody, syntheticPage } from './lib/syntheticCorpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const STARLIGHT = { astro: '7.3.5', '@astrojs/starlight': '0.42.4' };
const WORDS =
	'customer obsession invent letter proxy decision trust prime author royalty team listen outcome process measure survey trend door reversible commit disagree escalate mission earth long term shareholder service delivery membership insight example question practice habit'.split(
		' ',
	);
/** Sources every generated page cites: real entries of content/sources/, so our checks pass. */
const CITED = ['letter-2016', 'letter-2012', 'letter-2005'];

/**
 * Links every package of this project's node_modules into `site`, but not its caches: a shared
 * `node_modules/.astro` would let one site's build warm the next and write into the real project's.
 */
function linkPackages(site) {
	mkdirSync(join(site, 'node_modules'));
	for (const name of readdirSync(join(ROOT, 'node_modules')))
		if (!name.startsWith('.astro') && name !== '.vite')
			symlinkSync(join(ROOT, 'node_modules', name), join(site, 'node_modules', name));
}

/** The pages a build wrote into `dist`: the corpus plus each site's own (home, lists, 404...). */
export function pagesWritten(dist) {
	return readdirSync(dist, { recursive: true }).filter((name) => String(name).endsWith('.html'))
		.length;
}

/** The generated pages, each as its front matter's title and description and its MDX body. */
export function corpus(pages) {
	return Array.from({ length: pages }, (_, index) => {
		const page = syntheticPage(index, WORDS);
		return { ...page, body: syntheticMdxBody(page, CITED) };
	});
}

const mdxFile = (frontMatter, body, preamble = '') =>
	`---\n${frontMatter.join('\n')}\n---\n\n${preamble}${body}`;

/** A copy of this project (or of the checkout at `root`) with the generated pages added to its essays. */
export function ourSite(work, pages, root = ROOT) {
	const dir = join(work, 'day-one');
	for (const entry of [
		'src',
		'content',
		'public',
		'astro.config.mjs',
		'package.json',
		'tsconfig.json',
	]) {
		cpSync(join(root, entry), join(dir, entry), { recursive: true });
	}
	linkPackages(dir);
	for (const page of pages) {
		const front = [
			`title: "${page.title}"`,
			`description: "${page.summary}"`,
			'principles: [customer-obsession]',
			`sources: [${CITED.join(', ')}]`,
			'author: Bench',
			'published: 2026-11-23',
		];
		writeFileSync(join(dir, 'content/essays', `${page.id}.mdx`), mdxFile(front, page.body));
	}
	return { name: 'Day One', dir, args: [] };
}

/** The floor site (tools/floor-site/) with the generated pages as its content. */
export function floorSite(work, pages) {
	const dir = join(work, 'floor');
	cpSync(join(ROOT, 'tools/floor-site'), dir, { recursive: true });
	linkPackages(dir);
	mkdirSync(join(dir, 'content'));
	for (const page of pages) {
		const front = [`title: "${page.title}"`, `description: "${page.summary}"`];
		writeFileSync(join(dir, 'content', `${page.id}.mdx`), mdxFile(front, page.body));
	}
	return { name: 'floor', dir, args: ['--config', 'floor.config.mjs'] };
}

/** A Starlight site with the same pages as its docs, each importing the floor's `Cite`. */
export function starlightSite(work, pages) {
	const dir = join(work, 'starlight');
	mkdirSync(join(dir, 'src/content/docs/bench'), { recursive: true });
	mkdirSync(join(dir, 'src/components'));
	cpSync(
		join(ROOT, 'tools/floor-site/src/components/FloorCite.astro'),
		join(dir, 'src/components/FloorCite.astro'),
	);
	writeFileSync(
		join(dir, 'package.json'),
		JSON.stringify({
			name: 'starlight-bench',
			private: true,
			type: 'module',
			dependencies: STARLIGHT,
		}),
	);
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		"import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Bench' })] });\n",
	);
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		"import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
	);
	writeFileSync(join(dir, 'src/content/docs/index.md'), '---\ntitle: Bench\n---\n\nHome.\n');
	const cite = "import Cite from '../../../components/FloorCite.astro';\n\n";
	for (const page of pages) {
		const front = [`title: "${page.title}"`, `description: "${page.summary}"`];
		writeFileSync(
			join(dir, 'src/content/docs/bench', `${page.id}.mdx`),
			mdxFile(front, page.body, cite),
		);
	}
	const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd: dir,
		stdio: 'inherit',
	});
	if (install.status !== 0) throw new Error('npm install of Starlight failed');
	return { name: `Starlight ${STARLIGHT['@astrojs/starlight']}`, dir, args: [] };
}
