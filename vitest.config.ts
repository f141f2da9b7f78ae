import { defineConfig } from 'vitest/config';

// Vitest owns tests/unit, tests/content, tests/build and tests/site; Playwright owns tests/e2e
// (they must not share a folder). Three projects, because they need different things:
// - unit: unit and corpus tests, pure or over the content on disk, run file beside file
//   (`npm run test:unit`);
// - build: real `astro build` and `astro dev` runs on fixtures (`npm run test:build`). They share
//   Astro's generated types and cache, so one file at a time keeps them from writing over each other;
// - site: checks of the real site's dist/ read from disk, with no browser: valid HTML, links,
//   head meta. They need a fresh `astro build` first (`npm run test:site`; `npm test` runs them
//   after its build step).
export default defineConfig({
	test: {
		allowOnly: false,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
				},
			},
			{
				extends: true,
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					fileParallelism: false,
				},
			},
			{
				extends: true,
				test: { name: 'site', include: ['tests/site/**/*.test.ts'], fileParallelism: false },
			},
		],
	},
});
