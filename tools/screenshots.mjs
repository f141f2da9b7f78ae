// `npm run screenshots`: builds the site, serves dist/ and takes the first screen of each kind of
// page on a phone (390×844) and a laptop (1280×800), in the light theme, into docs/images/screens/
// for the README (the list is tools/lib/screenshotPlan.ts). Each PNG is reduced to a 128-colour
// palette, which keeps text sharp at a fraction of the size. Uses the tests' Chromium
// (tools/browserFacts.mjs); commit the PNGs it writes.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { browserLaunch } from './browserFacts.mjs';
import { SCREENSHOT_FOLDER, SHOTS, VIEWPORTS, screenshotFile } from './lib/screenshotPlan.ts';
import { serveStatic } from './staticServer.mjs';

const PORT = 4396;

if (!existsSync('dist/index.html')) {
	console.error('dist/ holds no site: run `npm run build` first (`npm run screenshots` does).');
	process.exit(1);
}
const launchOptions = browserLaunch();
if (!launchOptions) {
	console.error(
		'No Chromium to take the screenshots: run npm test once to install one, or see README.',
	);
	process.exit(1);
}
mkdirSync(SCREENSHOT_FOLDER, { recursive: true });
const server = await serveStatic('dist', PORT);
const browser = await chromium.launch(launchOptions);
let total = 0;
try {
	for (const viewport of VIEWPORTS) {
		const page = await browser.newPage({
			viewport: { width: viewport.width, height: viewport.height },
			colorScheme: 'light',
			deviceScaleFactor: 1,
			reducedMotion: 'reduce',
		});
		for (const shot of SHOTS) {
			await page.goto(`http://127.0.0.1:${PORT}${shot.path}`, { waitUntil: 'networkidle' });
			if (shot.ready) await page.getByText(shot.ready).first().waitFor();
			await page.evaluate(() => document.fonts.ready);
			const raw = await page.screenshot({ animations: 'disabled', caret: 'hide' });
			const file = screenshotFile(shot.kind, viewport.name);
			const png = await sharp(raw)
				.png({ palette: true, colours: 128, compressionLevel: 9, effort: 10 })
				.toBuffer();
			writeFileSync(file, png);
			total += statSync(file).size;
			console.log(`Wrote ${file} (${Math.round(png.length / 1024)} KB).`);
		}
		await page.close();
	}
	console.log(
		`${SHOTS.length * VIEWPORTS.length} screenshots, ${Math.round(total / 1024)} KB in all.`,
	);
} finally {
	await browser.close();
	await server.stop();
}
