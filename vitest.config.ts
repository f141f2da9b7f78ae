import { defineConfig } from 'vitest/config';

// Vitest owns tests/unit, tests/content and tests/build; Playwright owns tests/e2e (they must not share a folder).
export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/build/**/*.test.ts'],
		allowOnly: false,
		// Build tests run astro build on fixtures, which share Astro's generated types and cache:
		// one test file at a time keeps them from writing over each other.
		fileParallelism: false,
	},
});
