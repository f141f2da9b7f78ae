/**
 * Pagefind's ranking weights for the site, tuned against tests/e2e/golden-queries.json with
 * `node tools/tune-ranking.mjs` (see README, "Searching"). The browser's search and the tuning
 * tool both read them from here, so the weights measured are the weights shipped.
 */
export const RANKING = {
	termFrequency: 0.6,
	termSimilarity: 3,
	pageLength: 0,
	termSaturation: 1.4,
};
