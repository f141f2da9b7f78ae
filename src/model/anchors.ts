/**
 * The ids of the sections every entry page has, or a kind of page adds, besides its headings:
 * links (`#sources-heading`), the skip link and the link check all name them from here.
 */
export const ANCHORS = {
	/** The main landmark, where "Skip to content" leads. */
	main: 'main',
	/** The list of sources at the end of a page. */
	sources: 'sources-heading',
	/** The glossary terms a page uses. */
	terms: 'terms-heading',
	/** A principle's letters, in order. */
	throughTheLetters: 'through-the-letters',
	/** A principle's case studies. */
	illustratedBy: 'illustrated-by',
	/** A principle's essays. */
	discussedIn: 'discussed-in',
} as const;

/** Anchors every entry page has. */
export const PAGE_ANCHORS: readonly string[] = [ANCHORS.main, ANCHORS.sources, ANCHORS.terms];

/** The id of a source's entry in a page's source list, where its citation markers lead. */
export function sourceAnchor(sourceId: string): string {
	return `source-${sourceId}`;
}
