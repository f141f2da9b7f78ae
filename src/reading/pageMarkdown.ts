/**
 * Pages as Markdown, for tools that read the handbook as text (`/llms.txt` and each page's `.md`
 * address): an MDX body with its citations and quotations written out as Markdown, and the
 * outline that links every page.
 */
import { sentenceCitations } from './citationMarkers.ts';

/** How a citation reads: the source's short name and the address of its page. */
export interface CitedLink {
	short: string;
	href: string;
}

const attribute = (attributes: string, name: string) =>
	new RegExp(`\\b${name}=["']([^"']*)["']`).exec(attributes)?.[1] ?? '';

/**
 * In MDX text, in reading order: an inline or block `<Quote>`, a `<Cite>` with the spaces before
 * it, or where a new block starts (a blank line, or a line that starts a list item, a heading or
 * a block quotation). The text between them is prose.
 */
const PARTS =
	/<Quote\b([^>]*)>([\s\S]*?)<\/Quote>|(\s*)<Cite\b([^>]*?)\/>|\n[ \t]*\n|\n(?=[ \t]*(?:[-*+>#]|\d+\.)\s)/g;

/**
 * `body` (MDX) as plain Markdown: `<Cite source="x" />` becomes "([2016 letter](/sources/x/))",
 * an inline `<Quote>` the quoted words with that link, a block `<Quote>` a Markdown block
 * quotation ending with it; MDX comments are left out. As on the page, a sentence links each
 * source once (`sentenceCitations()`): a second citation of it in the same sentence is left out.
 */
export function mdxToMarkdown(body: string, cite: (id: string) => CitedLink): string {
	const link = (attributes: string) => {
		const cited = cite(attribute(attributes, 'source'));
		return `([${cited.short}](${cited.href}))`;
	};
	const sentences = sentenceCitations();
	const text = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
	let markdown = '';
	let at = 0;
	for (const match of text.matchAll(PARTS)) {
		const prose = text.slice(at, match.index);
		sentences.text(prose);
		markdown += prose;
		at = match.index + match[0].length;
		const [part, quoteAttributes, quoted, spaces, citeAttributes] = match;
		if (quoteAttributes !== undefined) {
			const words = quoted!.trim().replace(/\s+/g, ' ');
			if (!/\binline\b/.test(quoteAttributes)) {
				// A block quotation is a block of its own, and always names its source.
				sentences.block();
				markdown += `> ${words}\n>\n> ${link(quoteAttributes)}`;
				sentences.block();
				continue;
			}
			const first = sentences.cite(attribute(quoteAttributes, 'source'));
			sentences.text(words);
			markdown += first ? `“${words}” ${link(quoteAttributes)}` : `“${words}”`;
		} else if (citeAttributes !== undefined) {
			if (sentences.cite(attribute(citeAttributes, 'source')))
				markdown += `${spaces}${link(citeAttributes)}`;
		} else {
			sentences.block();
			markdown += part;
		}
	}
	markdown += text.slice(at);
	return markdown.replace(/\n{3,}/g, '\n\n').trim();
}

/** What one page's Markdown holds. */
export interface MarkdownPage {
	title: string;
	lead: string;
	/** The kind of page, such as "Essay". */
	kind: string;
	/** The page's address on the site. */
	url: string;
	/** The page's text, already Markdown. */
	body: string;
	/** Parts the page shows besides its body, such as a case study's outcome. */
	sections?: Array<{ heading: string; text: string }>;
}

/** One page as a Markdown document: title, lead, kind and address, then its text. */
export function pageMarkdown(page: MarkdownPage): string {
	const parts = [`# ${page.title}`, `> ${page.lead}`, `${page.kind}: ${page.url}`];
	if (page.body) parts.push(page.body);
	for (const section of page.sections ?? []) parts.push(`## ${section.heading}\n\n${section.text}`);
	return `${parts.join('\n\n')}\n`;
}

/** One line of the outline: a page's title, its Markdown address and what it is about. */
export interface OutlineItem {
	title: string;
	href: string;
	note: string;
}

/** The handbook's outline in the llms.txt format: a title, a summary, then a section a kind. */
export function llmsText(
	title: string,
	summary: string,
	sections: Array<{ heading: string; items: OutlineItem[] }>,
): string {
	const parts = [`# ${title}`, `> ${summary}`];
	for (const { heading, items } of sections) {
		if (items.length === 0) continue;
		const lines = items.map((item) => `- [${item.title}](${item.href}): ${item.note}`);
		parts.push(`## ${heading}\n\n${lines.join('\n')}`);
	}
	return `${parts.join('\n\n')}\n`;
}
