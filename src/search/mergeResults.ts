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
