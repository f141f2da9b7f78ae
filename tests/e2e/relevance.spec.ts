import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
	formatRelevance,
	relevanceReport,
	resultPath,
	type GoldenOutcome,
	type GoldenQuery,
} from '../../tools/lib/relevance.ts';

const { queries } = JSON.parse(
	readFileSync(new URL('./golden-queries.json', import.meta.url), 'utf8'),
) as { queries: GoldenQuery[] };

test('every golden query brings its page into the top 3', async ({ page }) => {
	test.setTimeout(120_000);
	expect(queries.length).toBeGreaterThanOrEqual(30);
	const outcomes: GoldenOutcome[] = [];
	for (const golden of queries) {
		await page.goto(`/search/?q=${encodeURIComponent(golden.query)}`);
		await expect(page.getByRole('status')).toHaveText(/match|No pages/);
		const hrefs = await page
			.locator('.search-results > li > a.result-title')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		outcomes.push({ ...golden, returned: hrefs.map(resultPath) });
	}
	const report = relevanceReport(outcomes);
	console.log(formatRelevance(report, outcomes.length));
	expect(report.misses.map((miss) => miss.query)).toEqual([]);
});
