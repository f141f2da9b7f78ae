// `npm run bench`: builds the site, then measures search (scripts/bench-search.mjs).
// Figures are medians; the machines are noisy, so compare ratios, not single numbers.
import { spawnSync } from 'node:child_process';
import { benchSearch } from './bench-search.mjs';

const pages = Number(process.env.BENCH_PAGES ?? 10_000);
const build = spawnSync('astro', ['build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) process.exit(build.status ?? 1);
await benchSearch('dist', { pages });
