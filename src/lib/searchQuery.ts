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
