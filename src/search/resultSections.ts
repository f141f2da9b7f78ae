/**
 * The sections listed under a search result: the page's headings with an anchor whose stretch of
 * text holds a matched word, each with its own excerpt. Built from Pagefind's anchors and the
 * positions search has checked, so a section is never listed for a word the page does not have.
 */
import { EXCERPT_WORDS, resultExcerpt } from './resultExcerpt.ts';

/** An element with an id in the page, as Pagefind records it. */
export interface PageAnchor {
	id: string;
	/** The position of its first word in the page's text. */
	location: number;
	element?: string;
	text?: string;
}

/** One section under a result. */
export interface ResultSection {
	url: string;
	title: string;
	excerpt: string;
}

/** `url` with its fragment set to `id`, keeping any query (the words to highlight). */
export function withFragment(url: string, id: string): string {
	return `${url.replace(/#.*$/, '')}#${id}`;
}

/**
 * Up to `max` sections of a page, in page order, that hold one of the `marked` positions;
 * `words` are the page's words, as `pageTextWords` splits them.
 */
export function resultSections(
	words: readonly string[],
	anchors: PageAnchor[],
	marked: number[],
	pageUrl: string,
	max = 3,
): ResultSection[] {
	const headings = anchors
		.filter((anchor) => /^h[1-6]$/i.test(anchor.element ?? '') && anchor.text?.trim())
		.sort((a, b) => a.location - b.location);
	const sections: ResultSection[] = [];
	for (const [i, heading] of headings.entries()) {
		const range = { from: heading.location, to: headings[i + 1]?.location ?? Infinity };
		const inside = marked.filter((location) => location >= range.from && location < range.to);
		if (inside.length === 0) continue;
		const title = heading.text!.trim();
		sections.push({
			url: withFragment(pageUrl, heading.id),
			title,
			excerpt: resultExcerpt(words, inside, title, EXCERPT_WORDS, range),
		});
		if (sections.length === max) break;
	}
	return sections;
}
