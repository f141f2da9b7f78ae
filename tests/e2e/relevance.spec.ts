import { expect, test, type Locator } from '@playwright/test';
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

/** The href of every link `links` finds, in page order. */
function hrefs(links: Locator): Promise<string[]> {
	return links.evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''));
}

test('every golden query brings its page into the top 3', async ({ page }) => {
	test.setTimeout(120_000);
	expect(queries.length).toBeGreaterThanOrEqual(30);
	const outcomes: GoldenOutcome[] = [];
	for (const golden of queries) {
		await page.goto(`/search/?q=${encodeURIComponent(golden.query)}`);
		await expect(page.getByRole('status')).toHaveText(/match|No pages/);
		// Each result is its title link, then links to up to three matching sections in a list of
		// their own: the titles are the links that are not in a section list.
		const results = page.getByTestId('search-results');
		const sections = new Set(await hrefs(results.getByRole('list').getByRole('link')));
		const titles = (await hrefs(results.getByRole('link'))).filter((href) => !sections.has(href));
		outcomes.push({ ...golden, returned: titles.map(resultPath) });
	}
	const report = relevanceReport(outcomes);
	console.log(formatRelevance(report, outcomes.length));
	expect(report.misses.map((miss) => miss.query)).toEqual([]);
});
