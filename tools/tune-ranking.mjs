// Measures Pagefind ranking weights against the golden queries: for each candidate it runs every
// query through the built site's own search page (corrections, synonyms and partial matches
// included) and reports the top-3 hit rate and mean reciprocal rank per kind. Run after a build:
// `node tools/tune-ranking.mjs`, or `node tools/tune-ranking.mjs site` for the candidates whose
// name contains "site". The page takes a candidate's weights from `window.dayOneRanking`
// (src/search/browser/siteSearch.ts).
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { RANKING } from '../src/search/ranking.ts';
import { goldenOutcomes } from './lib/goldenSearch.ts';
import { formatRelevance, relevanceReport } from './lib/relevance.ts';
import { browserLaunch } from './browserFacts.mjs';
import { serveStatic } from './staticServer.mjs';

const PORT = 4398;
const PAGEFIND_DEFAULTS = {
	termFrequency: 1,
	termSimilarity: 1,
	pageLength: 0.75,
	termSaturation: 1.4,
};
const CANDIDATES = {
	'pagefind defaults': PAGEFIND_DEFAULTS,
	'site (src/search/ranking.ts)': RANKING,
	'more length penalty': { ...RANKING, pageLength: 0.5 },
	'some length penalty': { ...RANKING, pageLength: 0.2 },
	'more similarity': { ...RANKING, termSimilarity: 6 },
	'less frequency': { termFrequency: 0.3, termSimilarity: 1, pageLength: 0.75, termSaturation: 2 },
};

const { queries } = JSON.parse(readFileSync('tests/e2e/golden-queries.json', 'utf8'));
const origin = `http://127.0.0.1:${PORT}`;
const server = await serveStatic('dist', PORT);
try {
	const browser = await chromium.launch(browserLaunch());
	const only = process.argv[2] ?? '';
	for (const [name, ranking] of Object.entries(CANDIDATES)) {
		if (!name.includes(only)) continue;
		const page = await browser.newPage();
		await page.addInitScript((weights) => {
			window.dayOneRanking = weights;
		}, ranking);
		const report = relevanceReport(await goldenOutcomes(page, origin, queries));
		console.log(`\n${name}\n${formatRelevance(report)}`);
		await page.close();
	}
	await browser.close();
} finally {
	await server.stop();
}
