// `node tools/screenshot-map.mjs` (after `npm run build`): a PNG of the map of the principles as the
// built /map/ page draws it, in the light theme, for the README (docs/images/principle-map.png).
// Uses the same Chromium as the tests (tools/browserFacts.mjs); commit the PNG it writes.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { browserLaunch } from './browserFacts.mjs';
import { serveStatic } from './staticServer.mjs';

const PORT = 4395;
const OUTPUT = 'docs/images/principle-map.png';

if (!existsSync('dist/map/index.html')) {
	console.error('dist/ holds no map page: run `npm run build` first.');
	process.exit(1);
}
const launchOptions = browserLaunch();
if (!launchOptions) {
	console.error(
		'No Chromium to take the screenshot: run npm test once to install one, or see README.',
	);
	process.exit(1);
}
const server = await serveStatic('dist', PORT);
const browser = await chromium.launch(launchOptions);
try {
	const page = await browser.newPage({
		viewport: { width: 1000, height: 900 },
		colorScheme: 'light',
		deviceScaleFactor: 1,
	});
	await page.goto(`http://127.0.0.1:${PORT}/map/`);
	mkdirSync('docs/images', { recursive: true });
	await page.getByRole('group', { name: 'Map of the principles' }).screenshot({ path: OUTPUT });
	console.log(`Wrote ${OUTPUT}.`);
} finally {
	await browser.close();
	await server.stop();
}
