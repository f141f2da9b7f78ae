// Measures Pagefind ranking weights against the golden queries: for each candidate it reports the
// top-3 hit rate and the mean reciprocal rank of the expected page (exact and phrase queries, which
// reach Pagefind as typed). Run after a build: `node tools/tune-ranking.mjs`.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { RANKING } from '../src/search/ranking.ts';
import { browserLaunch } from './browserFacts.mjs';
import { serveStatic } from './staticServer.mjs';

const PORT = 4398;
const CANDIDATES = {
	'pagefind defaults': undefined,
	'site (src/search/ranking.ts)': RANKING,
	'less length penalty': {
		termFrequency: 1,
		termSimilarity: 1,
		pageLength: 0.2,
		termSaturation: 1.4,
	},
	'more similarity': { termFrequency: 1, termSimilarity: 6, pageLength: 0.75, termSaturation: 1.4 },
	'less frequency': { termFrequency: 0.3, termSimilarity: 1, pageLength: 0.75, termSaturation: 2 },
};

const { queries } = JSON.parse(readFileSync('tests/e2e/golden-queries.json', 'utf8'));
const measured = queries.filter((query) => query.kind === 'exact' || query.kind === 'phrase');
const server = await serveStatic('dist', PORT);
try {
	const browser = await chromium.launch(browserLaunch());
	for (const [name, ranking] of Object.entries(CANDIDATES)) {
		const page = await browser.newPage();
		await page.goto(`http://127.0.0.1:${PORT}/404.html`);
		const ranks = await page.evaluate(
			async ({ ranking, measured }) => {
				const pagefind = await import('/pagefind/pagefind.js');
				if (ranking) await pagefind.options({ ranking });
				const ranks = [];
				for (const { query, expect } of measured) {
					const search = await pagefind.search(query);
					const urls = await Promise.all(
						search.results.slice(0, 10).map(async (result) => (await result.data()).url),
					);
					const index = urls.findIndex((url) => url.replace(/[?#].*$/, '') === expect);
					ranks.push(index < 0 ? Infinity : index + 1);
				}
				return ranks;
			},
			{ ranking, measured },
		);
		const top3 = ranks.filter((rank) => rank <= 3).length;
		const mrr = ranks.reduce((sum, rank) => sum + 1 / rank, 0) / ranks.length;
		console.log(`${name.padEnd(34)} top-3 ${top3}/${ranks.length}  MRR ${mrr.toFixed(3)}`);
		await page.close();
	}
	await browser.close();
} finally {
	await server.stop();
}
