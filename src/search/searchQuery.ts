/** The longest query the site searches for; longer input is cut, not refused. */
export const MAX_QUERY_LENGTH = 200;

/**
 * The query to search for, from what a reader typed or a `?q=` value: spaces collapsed, trimmed,
 * and cut to `MAX_QUERY_LENGTH` characters. An empty string means there is nothing to search.
 */
export function normalizeQuery(raw: string | null | undefined): string {
	return (raw ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** The sentence that tells a reader how many pages matched. */
export function resultCountText(count: number, query: string): string {
	if (count === 0) return `No pages match “${query}”.`;
	return `${count} ${count === 1 ? 'page matches' : 'pages match'} “${query}”.`;
}

/** The status line after a search: the count, and first the corrected query when a typo was fixed. */
export function searchStatusText(total: number, query: string, correctedQuery?: string): string {
	const count = resultCountText(total, correctedQuery ?? query);
	return correctedQuery ? `Showing results for “${correctedQuery}”. ${count}` : count;
}

/** What search says when it cannot load: in `npm run dev` the likely reason is that nothing was built. */
export function searchUnavailableText(dev: boolean): string {
	return dev
		? 'Search needs a built index. Run npm run build once; npm run dev then searches that build.'
		: 'Search is not available right now. Browse the sections instead, or try again later.';
}
