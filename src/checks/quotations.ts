/**
 * Reading citations and quotations out of an MDX body. Quotations must sit in a `<Quote>`
 * component, which carries their source; a fact is cited with `<Cite source="…" />`.
 */
import { blank, blankCode } from './mdxBody.ts';

/** How many words a text in quotation marks needs before it reads as a quotation, not a term. */
export const QUOTATION_MIN_WORDS = 4;

const QUOTE_COMPONENT = /<Quote\b[^>]*>[\s\S]*?<\/Quote>/g;
const CITING_COMPONENT = /<(Cite|Quote)\b([^>]*?)\/?>/g;
const QUOTED_TEXT = /“([^”]+)”|"([^"\n]+)"/g;

/** A source a body cites, with the component that cites it. */
export interface Citation {
	component: 'Cite' | 'Quote';
	/** The `source` attribute, or undefined when the component has none. */
	source: string | undefined;
	/** Where the component starts in the body. */
	offset: number;
}

/** Every `<Cite>` and `<Quote>` in `body`, in order, with the source it names. */
export function citationsIn(body: string): Citation[] {
	return [...blankCode(body).matchAll(CITING_COMPONENT)].map(
		({ 1: component, 2: attributes, index }) => ({
			component: component as Citation['component'],
			source: /\bsource\s*=\s*["']([^"']*)["']/.exec(attributes!)?.[1],
			offset: index,
		}),
	);
}

/** `body` without code, front matter attributes and `<Quote>` components, for checks of prose. */
export function proseOutsideQuotes(body: string): string {
	return blankCode(body)
		.replace(QUOTE_COMPONENT, blank)
		.replace(/<[^>]+>/g, blank);
}

/**
 * Texts in quotation marks outside `<Quote>` with at least `QUOTATION_MIN_WORDS` words: quotations
 * that carry no source. Short quoted terms such as “Day 1” are left alone.
 */
export function uncitedQuotations(body: string): string[] {
	return uncitedQuotationsAt(body).map((quotation) => quotation.text);
}

/** The same quotations, each with where it starts in the body. */
export function uncitedQuotationsAt(body: string): Array<{ text: string; offset: number }> {
	const prose = proseOutsideQuotes(body);
	return [...prose.matchAll(QUOTED_TEXT)]
		.map((match) => ({
			text: (match[1] ?? match[2]!).replace(/\s+/g, ' ').trim(),
			offset: match.index,
		}))
		.filter(({ text }) => text.split(/\s+/).filter(Boolean).length >= QUOTATION_MIN_WORDS);
}
