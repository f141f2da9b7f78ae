// Build benchmark: generates N MDX pages in our essay format, with citations, and builds them with
// three sites: a temporary copy of this project; the floor, a bare Astro + MDX + Pagefind site kept
// in tools/floor-site/; and Starlight on its defaults, installed into a temporary folder and never
// committed. Every site gets the same bodies. This project is built in two cases:
// - author: what a build that does not publish costs (npm run dev, tests, a pull request's
//   preview): no social card is drawn (SKIP_SOCIAL_CARDS=1);
// - publishing: a deploy with an empty card cache, drawing every card.
// Every build is cold (no cache of Astro's left from the last run; CI keeps only the cards), and
// builds are interleaved, BENCH_RUNS rounds (default 3) with the order turned each round; the table
// gives the medians and each case's ratios to the floor and to Starlight. See README, "Benchmarks".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatBytes, formatTable, median } from './lib/stats.ts';
import { corpus, floorSite, ourSite, pagesWritten, starlightSite } from './bench-sites.mjs';

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

/**
 * Runs an `astro build` of `site` and measures it: cold, with every cache left from the last
 * build removed, or `next`, with the caches the last build left (as an author's next build has them).
 */
async function build(site, { next = false } = {}) {
	const caches = next
		? ['dist']
		: ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', '.cache'];
	for (const cache of caches) rmSync(join(site.dir, cache), { recursive: true, force: true });
	const start = performance.now();
	const child = spawn(
		process.execPath,
		[join(site.dir, 'node_modules/astro/bin/astro.mjs'), 'build', ...site.args],
		{
			cwd: site.dir,
			stdio: ['ignore', 'ignore', 'pipe'],
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...site.env },
		},
	);
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const stopTracking = trackTreeMemory(child.pid);
	const code = await new Promise((done) => child.on('close', done));
	const peak = stopTracking();
	if (code !== 0) throw new Error(`astro build failed in ${site.dir}:\n${stderr.slice(-2000)}`);
	const seconds = (performance.now() - start) / 1000;
	const dist = join(site.dir, 'dist');
	return {
		pages: pagesWritten(dist),
		seconds,
		peak,
		output: folderSize(dist),
		index: folderSize(join(dist, 'pagefind')),
	};
}

/** The median of each figure over a site's runs. */
function medians(runs) {
	const of = (key) => median(runs.map((run) => run[key]));
	const seconds = of('seconds');
	return {
		pages: runs[0].pages,
		seconds,
		spread: [
			Math.min(...runs.map((run) => run.seconds)),
			Math.max(...runs.map((run) => run.seconds)),
		],
		pagesPerSecond: median(runs.map((run) => run.pages / run.seconds)),
		peak: of('peak'),
		output: of('output'),
		index: of('index'),
	};
}

const ratio = (value) => `${value.toFixed(2)}x`;

/** This project's cases (see the top of this file): each is a build of the same copy. */
const OUR_CASES = {
	author: { name: 'Day One, author build', env: { SKIP_SOCIAL_CARDS: '1' } },
	publishing: { name: 'Day One, publishing build', env: { SKIP_SOCIAL_CARDS: '' } },
};

/** The table's rows for one corpus size: each site's medians, then each case's ratios to the others. */
function tableRows(built, figures, when) {
	const rows = [];
	for (const entry of built) {
		const site = figures[entry.key];
		rows.push([
			site.pages.toLocaleString('en-US'),
			`${entry.site.name}${when}`,
			`${site.seconds.toFixed(1)} s (${site.spread.map((s) => s.toFixed(1)).join('–')})`,
			site.pagesPerSecond.toFixed(0),
			formatBytes(site.peak),
			formatBytes(site.output),
			formatBytes(site.index),
		]);
	}
	for (const [ourKey, [key, label]] of Object.keys(OUR_CASES).flatMap((ourKey) =>
		[
			['floor', 'floor'],
			['starlight', 'Starlight'],
		].map((other) => [ourKey, other]),
	)) {
		const ours = figures[ourKey];
		const other = figures[key];
		if (!ours || !other) continue;
		rows.push([
			'',
			`${ourKey} ÷ ${label}${when}`,
			ratio(ours.seconds / other.seconds),
			ratio(ours.pagesPerSecond / other.pagesPerSecond),
			ratio(ours.peak / other.peak),
			ratio(ours.output / other.output),
			ratio(ours.index / other.index),
		]);
	}
	return rows;
}

/**
 * Builds each corpus size with each site, `runs` rounds, interleaved. With `next`, each cold build
 * is followed by a second one that keeps its caches, measured apart.
 */
export async function benchBuild(
	sizes,
	{ runs = 3, sites = ['author', 'publishing', 'floor', 'starlight'], next = false } = {},
) {
	const makers = { floor: floorSite, starlight: starlightSite };
	const rows = [];
	for (const size of sizes) {
		const work = mkdtempSync(join(tmpdir(), 'day-one-build-bench-'));
		try {
			const pages = corpus(size);
			// Both cases build one copy of this project, made once.
			const ours = sites.some((key) => key in OUR_CASES) ? ourSite(work, pages) : undefined;
			const built = sites.map((key) => ({
				key,
				site: key in OUR_CASES ? { ...ours, ...OUR_CASES[key] } : makers[key](work, pages),
				runs: [],
				nextRuns: [],
			}));
			for (let round = 0; round < runs; round++) {
				for (let turn = 0; turn < built.length; turn++) {
					const entry = built[(round + turn) % built.length];
					console.log(
						`${size.toLocaleString('en-US')} pages, round ${round + 1} of ${runs}: ${entry.site.name}...`,
					);
					entry.runs.push(await build(entry.site));
					if (next) entry.nextRuns.push(await build(entry.site, { next: true }));
				}
			}
			const figuresOf = (key) =>
				Object.fromEntries(built.map((entry) => [entry.key, medians(entry[key])]));
			rows.push(...tableRows(built, figuresOf('runs'), ''));
			if (next) rows.push(...tableRows(built, figuresOf('nextRuns'), ', next build'));
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
	}
	console.log(
		`\nBuild: medians of ${runs} cold builds each, interleaved${next ? ', each followed by a next build that keeps its caches' : ''} (time includes the Pagefind index; memory is the whole process tree)`,
	);
	console.log(
		formatTable(
			['pages', 'site', 'build (min–max)', 'pages/s', 'peak memory', 'output', 'search index'],
			rows,
		),
	);
}
