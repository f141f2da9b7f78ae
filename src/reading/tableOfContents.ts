/** A heading as Astro's `render()` reports it. */
export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

/** The fewest sections a page needs before an "On this page" list helps. */
export const MIN_TOC_SECTIONS = 2;

/**
 * The "On this page" entries: the page's second-level headings, in order, or none when the
 * page has fewer than `MIN_TOC_SECTIONS` of them.
 */
export function tableOfContents(headings: Heading[]): Heading[] {
	const sections = headings.filter((heading) => heading.depth === 2);
	return sections.length >= MIN_TOC_SECTIONS ? sections : [];
}
