// `npm run bench`: builds the site and measures search (tools/bench-search.mjs), then builds
// generated corpora of 1,000 and 10,000 pages with Day One (an author build and a publishing
// build), the floor and Starlight (tools/bench-build.mjs). `npm run bench -- search` or `-- build`
// runs one part; `-- profile` shows where a build's time goes instead (tools/bench-profile.mjs).
// BENCH_PAGES and BENCH_SIZES change the corpus sizes, BENCH_SITES the builds; BENCH_NEXT=1 also
// times each build's next one, with its caches kept. The machines are noisy: compare ratios.
import { spawnSync } from 'node:child_process';
import { benchBuild } from './bench-build.mjs';
import { benchProfile } from './bench-profile.mjs';
import { benchSearch } from './bench-search.mjs';

const part = process.argv[2] ?? 'all';
if (part === 'all' || part === 'search') {
	// Through this Node and Astro's own entry point, so it works outside `npm run` too.
	const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (build.status !== 0) {
		console.error(
			`The build failed${build.error ? `: ${build.error.message}` : ''}; nothing was measured.`,
		);
		process.exit(build.status ?? 1);
	}
	await benchSearch('dist', { pages: Number(process.env.BENCH_PAGES ?? 10_000) });
}
if (part === 'all' || part === 'build') {
	await benchBuild((process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number), {
		runs: Number(process.env.BENCH_RUNS ?? 3),
		sites: (process.env.BENCH_SITES ?? 'author,publishing,floor,starlight').split(','),
		next: process.env.BENCH_NEXT === '1',
	});
}
if (part === 'profile') {
	await benchProfile(Number(process.env.PROFILE_PAGES ?? 1000), process.env.PROFILE_OF, {
		next: process.env.PROFILE_NEXT === '1',
	});
}
