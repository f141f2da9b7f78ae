/** A search hit with an id and a score, as Pagefind returns them. */
export interface ScoredHit {
	id: string;
	score: number;
}

/**
 * One list from the results of several queries (a query and its synonym variants), each page
 * once. By `score`: every page with its best score, best first. By `priority`: the first list's
 * pages in their order, then the next list's pages not yet listed, and so on.
 */
export function mergeResults<T extends ScoredHit>(
	lists: T[][],
	order: 'score' | 'priority' = 'score',
): T[] {
	if (order === 'priority') {
		const seen = new Set<string>();
		return lists.flat().filter((hit) => !seen.has(hit.id) && seen.add(hit.id));
	}
	const best = new Map<string, T>();
	for (const list of lists) {
		for (const hit of list) {
			const seen = best.get(hit.id);
			if (!seen || hit.score > seen.score) best.set(hit.id, hit);
		}
	}
	return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * One list from separate searches for each word of a query. By `words` (when no page has them
 * all): pages with more of the words first, then by their summed scores. By `score` (for a
 * question): by summed scores alone, so a page whose title has two of the words can outrank one
 * that mentions all three in passing. Each page is given by its best hit.
 */
export function mergeByWordsMatched<T extends ScoredHit>(
	lists: T[][],
	order: 'words' | 'score' = 'words',
): T[] {
	const pages = new Map<string, { hit: T; words: number; score: number }>();
	for (const list of lists) {
		for (const hit of new Map(list.map((hit) => [hit.id, hit])).values()) {
			const page = pages.get(hit.id);
			if (!page) pages.set(hit.id, { hit, words: 1, score: hit.score });
			else {
				page.words++;
				page.score += hit.score;
				if (hit.score > page.hit.score) page.hit = hit;
			}
		}
	}
	return [...pages.values()]
		.sort((a, b) => (order === 'words' ? b.words - a.words : 0) || b.score - a.score)
		.map((page) => page.hit);
}
