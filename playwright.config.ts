import { defineConfig, devices } from '@playwright/test';
import { browserLaunch } from './tools/browserFacts.mjs';

// A port of its own, so the tests never meet a preview the reader left running on 4321.
const PORT = Number(process.env.E2E_PORT ?? 4399);
// No browser yet: tools/ensure-browser.mjs installs one or explains before the tests run.
const launch = browserLaunch() ?? { executablePath: undefined, args: [] };

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	// Its own folder: Playwright empties outputDir on start, and test-results/ holds the other runners' reports.
	outputDir: 'test-results/playwright',
	forbidOnly: true,
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: launch,
			},
		},
	],
	webServer: {
		// --ignore-lock: Astro 7 refuses a second preview of one project, and a reader may have `npm start` running.
		command: `astro preview --port ${PORT} --host 127.0.0.1 --ignore-lock`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000,
		env: { ASTRO_TELEMETRY_DISABLED: '1' },
	},
});
