/**
 * Pages as Markdown, for tools that read the handbook as text (`/llms.txt` and each page's `.md`
 * address): an MDX body with its citations and quotations written out as Markdown, and the
 * outline that links every page.
 */

/** How a citation reads: the source's short name and the address of its page. */
export interface CitedLink {
	short: string;
	href: string;
}

const attribute = (attributes: string, name: string) =>
	new RegExp(`\\b${name}=["']([^"']*)["']`).exec(attributes)?.[1] ?? '';

/**
 * `body` (MDX) as plain Markdown: `<Cite source="x" />` becomes "([2016 letter](/sources/x/))",
 * an inline `<Quote>` the quoted words with that link, a block `<Quote>` a Markdown block
 * quotation ending with it; MDX comments are left out.
 */
export function mdxToMarkdown(body: string, cite: (id: string) => CitedLink): string {
	const link = (attributes: string) => {
		const cited = cite(attribute(attributes, 'source'));
		return `([${cited.short}](${cited.href}))`;
	};
	return body
		.replace(/<Quote\b([^>]*)>([\s\S]*?)<\/Quote>/g, (_, attributes: string, text: string) => {
			const words = text.trim().replace(/\s+/g, ' ');
			return /\binline\b/.test(attributes)
				? `“${words}” ${link(attributes)}`
				: `> ${words}\n>\n> ${link(attributes)}`;
		})
		.replace(/<Cite\b([^>]*?)\/>/g, (_, attributes: string) => link(attributes))
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
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
