/**
 * Runs golden queries through the site's own search page in a browser, as a reader would, and
 * returns what each one listed. Shared by the relevance test and the ranking tuner, so both
 * measure the search that ships (corrections, synonyms and partial matches included).
 */
import type { Page } from '@playwright/test';
import { resultPath, type GoldenOutcome, type GoldenQuery } from './relevance.ts';

/** What the search page lists for `query`: result addresses in rank order (sections left out). */
export async function searchPageResults(
	page: Page,
	origin: string,
	query: string,
): Promise<string[]> {
	await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
	// Every final status line ends with a full stop; "Searching…" does not.
	await page.getByRole('status').filter({ hasText: /\.$/ }).waitFor();
	// Each result is its title link, then links to up to three matching sections in a list of
	// their own: the titles are the links marked as result titles.
	const titles = await page
		.getByTestId('search-results')
		.getByTestId('result-title')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
	return titles.map(resultPath);
}

/** Every golden query's outcome, in order. */
export async function goldenOutcomes(
	page: Page,
	origin: string,
	queries: GoldenQuery[],
): Promise<GoldenOutcome[]> {
	const outcomes: GoldenOutcome[] = [];
	for (const golden of queries)
		outcomes.push({ ...golden, returned: await searchPageResults(page, origin, golden.query) });
	return outcomes;
}
