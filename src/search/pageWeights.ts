/**
 * How much a match in each part of a page counts in Pagefind's ranking (`data-pagefind-weight`;
 * body text counts 1). Titles and terms outrank the text that mentions them; chosen with the
 * ranking weights against the golden queries (README, "Search").
 */
export const PAGE_WEIGHTS = {
	/** A page's title. */
	title: 10,
	/**
	 * A source's title: lower, so that a reader who types "obsession" meets the principle before
	 * the blog posts and letters it comes from.
	 */
	sourceTitle: 4,
	/** A page's summary under the title. */
	lead: 5,
	/** A glossary term's name. */
	term: 8,
	/** The other words readers use for a glossary term. */
	alias: 6,
} as const;
