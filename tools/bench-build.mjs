// Build benchmark: generates a corpus of N pages in a temporary copy of this project, builds it,
// then builds the same corpus with Starlight (installed into a temporary folder, never committed)
// and prints both sets of figures and their ratio. See README, "Benchmarks".
import { spawn, spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatBytes, formatTable } from './lib/stats.ts';
import { syntheticPage } from './lib/syntheticCorpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const STARLIGHT = { astro: '7.3.5', '@astrojs/starlight': '0.42.4' };
const WORDS =
	'customer obsession invent letter proxy decision trust prime author royalty team listen outcome process measure survey trend door reversible commit disagree escalate mission earth long term shareholder service delivery membership insight example question practice habit'.split(
		' ',
	);

/** Bytes used by all files under `dir`. */
function folderSize(dir) {
	if (!existsSync(dir)) return 0;
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** Peak resident memory of a process and all its descendants, sampled every 100 ms. */
function trackTreeMemory(rootPid) {
	let peak = 0;
	const timer = setInterval(() => {
		const ps = spawnSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' });
		const rows = ps.stdout
			.trim()
			.split('\n')
			.map((line) => line.trim().split(/\s+/).map(Number));
		const tree = new Set([rootPid]);
		for (let grew = true; grew;) {
			grew = false;
			for (const [pid, ppid] of rows)
				if (tree.has(ppid) && !tree.has(pid)) (tree.add(pid), (grew = true));
		}
		const rss = rows.filter(([pid]) => tree.has(pid)).reduce((sum, [, , kb]) => sum + kb * 1024, 0);
		peak = Math.max(peak, rss);
	}, 100);
	return () => (clearInterval(timer), peak);
}

/** Runs `astro build` in `cwd` and measures it. */
async function build(cwd) {
	const start = performance.now();
	const child = spawn(process.execPath, [join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd,
		stdio: ['ignore', 'ignore', 'pipe'],
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const stopTracking = trackTreeMemory(child.pid);
	const code = await new Promise((done) => child.on('close', done));
	const peak = stopTracking();
	if (code !== 0) throw new Error(`astro build failed in ${cwd}:\n${stderr.slice(-2000)}`);
	const seconds = (performance.now() - start) / 1000;
	const dist = join(cwd, 'dist');
	const output = folderSize(dist);
	// Pages actually written: the corpus plus each site's own pages (home, lists, 404...).
	const written = readdirSync(dist, { recursive: true }).filter((name) =>
		String(name).endsWith('.html'),
	).length;
	return {
		pages: written,
		seconds,
		pagesPerSecond: written / seconds,
		peak,
		output,
		index: folderSize(join(dist, 'pagefind')),
		perPage: output / written,
	};
}

function markdown(page, frontMatter) {
	const body = page.sections
		.map((section) => `## ${section.heading}\n\n${section.paragraphs.join(' ')}\n`)
		.join('\n');
	return `---\n${frontMatter}\n---\n\n${body}`;
}

/** A copy of this project with the generated corpus added to its essays. */
function ourSite(work, pages) {
	const site = join(work, 'day-one');
	for (const entry of [
		'src',
		'content',
		'public',
		'astro.config.mjs',
		'package.json',
		'tsconfig.json',
	]) {
		cpSync(join(ROOT, entry), join(site, entry), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(site, 'node_modules'));
	for (let index = 0; index < pages; index++) {
		const page = syntheticPage(index, WORDS);
		const front = [
			`title: "${page.title}"`,
			`description: "${page.summary}"`,
			'principles: [customer-obsession]',
			'sources: [letter-2016]',
			'author: Bench',
			'published: 2026-11-23',
		].join('\n');
		writeFileSync(join(site, 'content/essays', `${page.id}.md`), markdown(page, front));
	}
	return site;
}

/** A Starlight site with the same corpus as its docs. */
function starlightSite(work, pages) {
	const site = join(work, 'starlight');
	mkdirSync(join(site, 'src/content/docs/bench'), { recursive: true });
	writeFileSync(
		join(site, 'package.json'),
		JSON.stringify({
			name: 'starlight-bench',
			private: true,
			type: 'module',
			dependencies: STARLIGHT,
		}),
	);
	writeFileSync(
		join(site, 'astro.config.mjs'),
		"import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Bench' })] });\n",
	);
	writeFileSync(
		join(site, 'src/content.config.ts'),
		"import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
	);
	writeFileSync(join(site, 'src/content/docs/index.md'), '---\ntitle: Bench\n---\n\nHome.\n');
	for (let index = 0; index < pages; index++) {
		const page = syntheticPage(index, WORDS);
		writeFileSync(
			join(site, 'src/content/docs/bench', `${page.id}.md`),
			markdown(page, `title: "${page.title}"\ndescription: "${page.summary}"`),
		);
	}
	const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd: site,
		stdio: 'inherit',
	});
	if (install.status !== 0) throw new Error('npm install of Starlight failed');
	return site;
}

export async function benchBuild(sizes) {
	const rows = [];
	for (const pages of sizes) {
		const work = mkdtempSync(join(tmpdir(), 'day-one-build-bench-'));
		try {
			console.log(`\nBuilding ${pages.toLocaleString('en-US')} generated pages with Day One...`);
			const ours = await build(ourSite(work, pages));
			console.log(
				`Building the same ${pages.toLocaleString('en-US')} pages with Starlight ${STARLIGHT['@astrojs/starlight']}...`,
			);
			const theirs = await build(starlightSite(work, pages));
			for (const [name, figures] of [
				['Day One', ours],
				['Starlight', theirs],
			]) {
				rows.push([
					figures.pages.toLocaleString('en-US'),
					name,
					`${figures.seconds.toFixed(1)} s`,
					figures.pagesPerSecond.toFixed(0),
					formatBytes(figures.peak),
					formatBytes(figures.output),
					formatBytes(figures.index),
					formatBytes(figures.perPage),
				]);
			}
			rows.push([
				'',
				'ratio',
				'',
				`${(ours.pagesPerSecond / theirs.pagesPerSecond).toFixed(2)}x`,
				`${(ours.peak / theirs.peak).toFixed(2)}x`,
				`${(ours.output / theirs.output).toFixed(2)}x`,
				`${(ours.index / theirs.index).toFixed(2)}x`,
				'',
			]);
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
	}
	console.log(
		'\nBuild: one run per size (build time includes the Pagefind index; memory is the whole process tree)',
	);
	console.log(
		formatTable(
			['pages', 'site', 'build', 'pages/s', 'peak memory', 'output', 'search index', 'bytes/page'],
			rows,
		),
	);
}
