import { chromium } from '@playwright/test';
import { browserLaunch } from './browserFacts.mjs';
import { serveStatic } from './staticServer.mjs';
const server = await serveStatic('dist', 4488);
const browser = await chromium.launch(browserLaunch());
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
for (const [path, start] of [['/essays/process-as-a-proxy/', 'In your first weeks']]) {
	await page.goto(`http://127.0.0.1:4488${path}`);
	await page.evaluate(() => document.fonts.ready);
	const top = await page.evaluate((start) => {
		const p = [...document.querySelectorAll('main p')].find((el) => el.textContent.trim().startsWith(start));
		return p ? Math.round(p.getBoundingClientRect().top + scrollY) + ' ' + p.textContent.slice(0, 40) : 'none';
	}, start);
	const header = await page.evaluate(() => Math.round(document.querySelector('header').getBoundingClientRect().height));
	console.log(path, top, 'header', header);
}
await browser.close(); 
