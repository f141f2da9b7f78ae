import { defineConfig } from 'vitest/config';

// Vitest owns tests/unit, tests/content, tests/build and tests/site; Playwright owns tests/e2e
// (they must not share a folder). Two projects, because they need different things:
// - unit: unit, corpus and build tests, which need no build of the real site (`npm run test:unit`);
// - site: checks of the real site's dist/ read from disk, with no browser: valid HTML, links,
//   head meta. They need a fresh `astro build` first (`npm run test:site`; `npm test` runs them
//   after its build step).
export default defineConfig({
	test: {
		allowOnly: false,
		// Build tests run astro build on fixtures, which share Astro's generated types and cache:
		// one test file at a time keeps them from writing over each other.
		fileParallelism: false,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: [
						'tests/unit/**/*.test.ts',
						'tests/content/**/*.test.ts',
						'tests/build/**/*.test.ts',
					],
				},
			},
			{
				extends: true,
				test: { name: 'site', include: ['tests/site/**/*.test.ts'] },
			},
		],
	},
});
