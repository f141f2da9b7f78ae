/**
 * Runs golden queries through the site's own search page in a browser, as a reader would, and
 * returns what each one listed. Shared by the relevance test and the ranking tuner, so both
 * measure the search that ships (corrections, synonyms and partial matches included).
 */
import type { Page } from '@playwright/test';
import { resultPath, type GoldenOutcome, type GoldenQuery } from './relevance.ts';

/** The result addresses the search page lists, in rank order, once its status line is final. */
async function listedResults(page: Page): Promise<string[]> {
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

/** What the search page lists for `query`, opened at its address (`/search/?q=…`). */
export async function searchPageResults(
	page: Page,
	origin: string,
	query: string,
): Promise<string[]> {
	await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
	return listedResults(page);
}

/**
 * What the search page already open lists for `query` typed into its box and submitted, as a
 * reader's next search is. The page says "Searching…" as it takes the submit, so the status line
 * waited for is this query's, never the last one's.
 */
async function nextSearchResults(page: Page, query: string): Promise<string[]> {
	await page.getByRole('searchbox', { name: 'Search the handbook' }).fill(query);
	await page.getByRole('searchbox', { name: 'Search the handbook' }).press('Enter');
	return listedResults(page);
}

/**
 * Every golden query's outcome, in order: the first from the search page's address, each next
 * one typed into the same page, so Pagefind and its index load once (as for a reader).
 */
export async function goldenOutcomes(
	page: Page,
	origin: string,
	queries: GoldenQuery[],
): Promise<GoldenOutcome[]> {
	const outcomes: GoldenOutcome[] = [];
	for (const [index, golden] of queries.entries()) {
		const returned =
			index === 0
				? await searchPageResults(page, origin, golden.query)
				: await nextSearchResults(page, golden.query);
		outcomes.push({ ...golden, returned });
	}
	return outcomes;
}
