// `npm run bench -- profile`: where a build's time goes. Builds this project with PROFILE_PAGES
// (1,000) generated pages under `node --cpu-prof`, with source maps kept, then gives each thread's
// time to the innermost frame of our code on each sample's stack (tools/lib/cpuProfile.ts): what
// each feature costs, in all and per page. PROFILE_OF=<another checkout> profiles that one with
// the same pages, for a before and after. PROFILE_NEXT=1 builds once unprofiled and profiles the
// build after it, with the caches the first left, as an author's second build has them. See
// README, "Benchmarks".
import { spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { corpus, ourSite, pagesWritten } from './bench-sites.mjs';
import { otherLabel, timeByLabel } from './lib/cpuProfile.ts';
import { formatTable } from './lib/stats.ts';

/** A config around the project's own that keeps every bundled chunk's source map for the report. */
const PROFILE_CONFIG = `import config from './astro.config.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
const keepMaps = {
	name: 'profile:keep-source-maps',
	writeBundle(options, bundle) {
		for (const [name, chunk] of Object.entries(bundle)) {
			if (chunk.type !== 'chunk' || !chunk.map) continue;
			const file = join(process.env.PROFILE_MAPS, name + '.map');
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, JSON.stringify(chunk.map));
		}
	},
};
export default {
	...config,
	vite: {
		...config.vite,
		plugins: [...(config.vite?.plugins ?? []), keepMaps],
		build: { ...config.vite?.build, sourcemap: true },
	},
};
`;

/** Our code's place for a frame, through the chunk's source map when the frame is bundled code. */
function locator(siteDir, mapsDir) {
	const maps = new Map();
	const mapOf = (url) => {
		const chunk = url.match(/\/dist\/(?:\.prerender\/)?(.+\.mjs)$/)?.[1];
		if (!chunk) return undefined;
		if (!maps.has(chunk)) {
			const file = join(mapsDir, `${chunk}.map`);
			maps.set(
				chunk,
				existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : undefined,
			);
		}
		return maps.get(chunk);
	};
	return (frame) => {
		let location = frame.url;
		const map = location && mapOf(location);
		if (map)
			location = map.findEntry(frame.lineNumber, frame.columnNumber)?.originalSource ?? location;
		location = location
			.replace(/^file:\/\//, '')
			.replace(`${siteDir}/`, '')
			.replace(/^(\.\.\/)+/, '')
			.replace(/\?.*$/, '');
		if (/^(src\/|astro\.config\.mjs)/.test(location)) return { own: true, label: location };
		return { own: false, label: otherLabel(location, frame.functionName) };
	};
}

/**
 * Profiles a build of the project at `root` with `pages` generated pages; with `next`, the build
 * after an unprofiled one, with the caches that one left.
 */
export async function benchProfile(
	pages,
	root = resolve(import.meta.dirname, '..'),
	{ next = false } = {},
) {
	const work = mkdtempSync(join(tmpdir(), 'day-one-profile-'));
	try {
		const site = ourSite(work, corpus(pages), root);
		writeFileSync(join(site.dir, 'profile.config.mjs'), PROFILE_CONFIG);
		const profiles = join(work, 'profiles');
		const maps = join(work, 'maps');
		mkdirSync(maps);
		console.log(
			`Profiling a build of ${root} with ${pages.toLocaleString('en-US')} generated pages...`,
		);
		const astroBuild = (what, nodeFlags) => {
			const build = spawnSync(
				process.execPath,
				[
					...nodeFlags,
					'node_modules/astro/bin/astro.mjs',
					'build',
					'--config',
					'profile.config.mjs',
				],
				{
					cwd: site.dir,
					stdio: ['ignore', 'ignore', 'pipe'],
					encoding: 'utf8',
					env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PROFILE_MAPS: maps },
				},
			);
			if (build.status !== 0)
				throw new Error(`The ${what} build failed:\n${build.stderr.slice(-2000)}`);
		};
		if (next) {
			console.log('Building once first, unprofiled, for the caches (PROFILE_NEXT=1)...');
			astroBuild('unprofiled', []);
		}
		const started = performance.now();
		astroBuild('profiled', ['--cpu-prof', `--cpu-prof-dir=${profiles}`]);
		const seconds = (performance.now() - started) / 1000;
		const written = pagesWritten(join(site.dir, 'dist'));
		const labelOf = locator(site.dir, maps);
		// CPU.<date>.<time>.<process>.<thread>.<n>.cpuprofile: thread 0 renders the pages.
		const files = readdirSync(profiles).sort((a, b) => a.split('.')[4] - b.split('.')[4]);
		console.log(
			`\nBuild profile: ${written.toLocaleString('en-US')} pages in ${seconds.toFixed(1)} s, under the profiler (which slows it); ms/page is the thread's time divided by the pages written.`,
		);
		files.forEach((file, index) => {
			const profile = JSON.parse(readFileSync(join(profiles, file), 'utf8'));
			const times = timeByLabel(profile, labelOf);
			const total = times.reduce((sum, [, ms]) => sum + ms, 0);
			const rows = times
				.filter(([, ms]) => ms / total >= 0.002)
				.map(([label, ms]) => [
					label,
					(ms / 1000).toFixed(2),
					(ms / written).toFixed(2),
					`${((ms / total) * 100).toFixed(1)}%`,
				]);
			console.log(
				`\n${index === 0 ? 'The page-rendering thread' : `Worker thread ${index}`} (${(total / 1000).toFixed(1)} s)`,
			);
			console.log(formatTable(['where', 's', 'ms/page', 'share'], rows));
		});
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
