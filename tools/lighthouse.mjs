// `npm run lighthouse`: Lighthouse (mobile defaults, simulated throttling) on one page of each kind
// of the built site, served with gzip, in the same Chromium the tests use. Prints the four category
// scores and fails when any is under 95 (the target is 100).
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { formatTable } from './lib/stats.ts';
import { browserLaunch, SYSTEM_CHROMIUM_ARGS } from './browserFacts.mjs';
import { serveStatic } from './staticServer.mjs';

const PORT = 4394;
const MINIMUM = 95;
const PAGES = [
	'/',
	'/principles/customer-obsession/',
	'/essays/process-as-a-proxy/',
	'/case-studies/amazon-prime/',
	'/sources/letter-2016/',
	'/glossary/',
	'/paths/first-week/',
	'/search/?q=prime',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const launchOptions = browserLaunch();
if (!launchOptions) {
	console.error('No Chromium for Lighthouse: run npm test once to install one, or see README.');
	process.exit(1);
}
const chromePath = launchOptions.executablePath ?? chromium.executablePath();
const server = await serveStatic('dist', PORT);
const chrome = await launch({
	chromePath,
	chromeFlags: ['--headless=new', ...SYSTEM_CHROMIUM_ARGS],
});
const rows = [];
let lowest = 100;
try {
	for (const path of PAGES) {
		const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
			port: chrome.port,
			logLevel: 'error',
			onlyCategories: CATEGORIES,
		});
		const scores = CATEGORIES.map((category) =>
			Math.round((result.lhr.categories[category]?.score ?? 0) * 100),
		);
		lowest = Math.min(lowest, ...scores);
		rows.push([path, ...scores.map(String)]);
	}
} finally {
	chrome.kill();
	await server.stop();
}
console.log(formatTable(['page', ...CATEGORIES], rows));
if (lowest < MINIMUM) {
	console.error(`\nA score is under ${MINIMUM}: open the page's Lighthouse report to see why.`);
	process.exit(1);
}
