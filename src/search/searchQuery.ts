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

/** What a search found, as the status line reports it. */
export interface SearchSummary {
	/** The query as the reader typed it (normalised). */
	query: string;
	/** How many pages were found. */
	total: number;
	/** The query searched instead, when a typo was corrected. */
	correctedQuery?: string;
	/** The words searched, when some typed words were left out because no page has them. */
	matchedQuery?: string;
	/** Typed words no page has, and for which no correction kept the meaning. */
	missing?: string[];
	/** True when no page has every word, so the pages listed have some of them. */
	partial?: boolean;
	/** For a question: its words that were searched, pages ranked by how well they match them. */
	question?: string;
	/** Aliases whose glossary term was searched too, and found pages. */
	synonyms?: Array<{ alias: string; term: string }>;
}

/** Words in quotation marks, as a list a sentence can hold: “a”, “b” or “c”. */
export function quotedList(words: string[], conjunction = 'or'): string {
	const quoted = words.map((word) => `“${word}”`);
	return quoted.length <= 1
		? (quoted[0] ?? '')
		: `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}

/**
 * The status line after a search: what was searched instead of the query as typed (a
 * correction, words no page has), then the count, or that the pages listed have only some of
 * the words.
 */
export function searchStatusText(summary: SearchSummary): string {
	const { query, total, correctedQuery, matchedQuery, missing = [], partial, question } = summary;
	const synonyms = summary.synonyms ?? [];
	if (total === 0) return resultCountText(0, query);
	const parts: string[] = [];
	if (correctedQuery) parts.push(`Showing results for “${correctedQuery}”.`);
	if (missing.length > 0) parts.push(`No page has ${quotedList(missing)}.`);
	for (const { alias, term } of synonyms) parts.push(`“${alias}” is also searched as “${term}”.`);
	const pages = `${total} ${total === 1 ? 'page has' : 'pages have'}`;
	parts.push(
		question
			? `${pages} words of your question (“${question}”), the best matches first.`
			: partial
				? `No page has all of your words: ${pages} some of them, those with the most first.`
				: resultCountText(total, correctedQuery ?? matchedQuery ?? query),
	);
	return parts.join(' ');
}

/** What search says when it cannot load: in `npm run dev` the likely reason is that nothing was built. */
export function searchUnavailableText(dev: boolean): string {
	return dev
		? 'Search needs a built index. Run npm run build once; npm run dev then searches that build.'
		: 'Search is not available right now. Browse the sections instead, or try again later.';
}
