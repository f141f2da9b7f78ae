/**
 * Where a page's text links its glossary terms: the first use of each term (by its name or any
 * alias) in the page's Markdown tree becomes a link to its definition. Pure: the Markdown plugin
 * (`build/glossaryLinks.ts`) parses, reads the glossary and applies what this decides.
 */
import type { TermOccurrence } from './glossaryTerms.ts';

/** A node of a Markdown (mdast) tree, as far as the walk needs it; MDX elements carry a `name`. */
export interface MarkdownNode {
	type: string;
	name?: string | null;
	value?: string;
	url?: string;
	children?: MarkdownNode[];
	data?: Record<string, unknown>;
}

/** The front-matter key under which the Markdown plugin hands the linked terms' ids to the page. */
export const LINKED_TERMS_KEY = 'linkedTerms';

/**
 * The ids of the terms a page's text links, as the Markdown plugin left them in the front matter
 * `render(entry)` returns (`remarkPluginFrontmatter`); none for a page without text.
 */
export function linkedTermsIn(frontmatter: Record<string, unknown> | undefined): string[] {
	const ids = frontmatter?.[LINKED_TERMS_KEY];
	return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

/** The attribute each term link carries, naming its term's id (hover previews look for it). */
export const TERM_ATTRIBUTE = 'data-term';

/**
 * Nodes whose text is never linked: headings (a link there reads as a heading that is a link),
 * links (no link in a link), quotations (the words are the source's, not ours) and code.
 */
const CLOSED_TYPES = new Set([
	'heading',
	'link',
	'linkReference',
	'blockquote',
	'code',
	'inlineCode',
	'definition',
]);

/**
 * MDX and HTML elements whose text is never linked, for the same reasons: `<Quote>` holds a
 * source's words and `<Cite>` is a citation marker; the rest are the HTML for the closed types.
 */
const CLOSED_ELEMENTS = new Set([
	'Quote',
	'Cite',
	'q',
	'blockquote',
	'a',
	'code',
	'pre',
	'kbd',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
]);

/** One text node to swap for the same text with links in it. */
export interface TermLinkReplacement<N extends MarkdownNode = MarkdownNode> {
	/** The text node, as found in the tree. */
	node: N;
	/** What takes its place: text and link nodes, whose text adds up to the node's own. */
	nodes: MarkdownNode[];
}

export interface TermLinkOptions {
	/** Every place a text uses a glossary term, in order (`termOccurrences` from `glossaryTerms.ts`). */
	find: (text: string) => TermOccurrence[];
	/** The address of a term's definition. */
	href: (termId: string) => string;
	/** Every glossary term's id: a link the author wrote to one's definition counts as its link. */
	termIds: readonly string[];
	/** The glossary term the page itself is about (same id as the page), which it never links. */
	ownTermId?: string;
}

export interface TermLinks<N extends MarkdownNode = MarkdownNode> {
	replacements: TermLinkReplacement<N>[];
	/** Links the author wrote to a term's definition: they get the same `data-term` mark. */
	marks: TermLinkMark<N>[];
	/** The ids of the terms the page links: by hand first, then in the order the text uses them. */
	linked: string[];
}

function isClosed(node: MarkdownNode): boolean {
	if (CLOSED_TYPES.has(node.type)) return true;
	return node.type.startsWith('mdxJsx') && CLOSED_ELEMENTS.has(node.name ?? '');
}

/** The text nodes a page's readers see as prose, in reading order. */
function proseTextNodes<N extends MarkdownNode>(node: N, found: N[] = []): N[] {
	if (node.type === 'text') found.push(node);
	else if (!isClosed(node))
		for (const child of node.children ?? []) proseTextNodes(child as N, found);
	return found;
}

/** The links the author wrote to a term's definition, anywhere in the page, with the term's id. */
function linksByHand<N extends MarkdownNode>(
	node: N,
	byHref: Map<string, string>,
	found: TermLinkMark<N>[] = [],
): TermLinkMark<N>[] {
	const termId = node.type === 'link' ? byHref.get(node.url ?? '') : undefined;
	if (termId) found.push({ node, termId });
	for (const child of node.children ?? []) linksByHand(child as N, byHref, found);
	return found;
}

/** A link already in the text that leads to a term's definition, to mark as that term's link. */
export interface TermLinkMark<N extends MarkdownNode = MarkdownNode> {
	node: N;
	termId: string;
}

/** The data a term link carries into the HTML: `data-term="<id>"`. */
export function termLinkData(termId: string): Record<string, unknown> {
	return { hProperties: { [TERM_ATTRIBUTE]: termId } };
}

function linkNode(text: string, termId: string, href: string): MarkdownNode {
	return {
		type: 'link',
		url: href,
		data: termLinkData(termId),
		children: [{ type: 'text', value: text }],
	};
}

/**
 * The links to add to `root`: the first use of each glossary term in prose, as a link around the
 * author's own words, once per term (a term and its aliases count as one), never inside a closed
 * node, never the page's own term, never a term the author linked by hand. Where two uses overlap,
 * the one that starts first, or else the longer, is the word in the text ("Day 1 essentials",
 * not "Day 1"), even when it is not linked.
 */
export function termLinks<N extends MarkdownNode>(root: N, options: TermLinkOptions): TermLinks<N> {
	const byHref = new Map(options.termIds.map((id) => [options.href(id), id]));
	const marks = linksByHand(root, byHref);
	const linked = new Set(marks.map((mark) => mark.termId));
	const replacements: TermLinkReplacement<N>[] = [];
	for (const node of proseTextNodes(root)) {
		const text = node.value ?? '';
		const nodes: MarkdownNode[] = [];
		let taken = 0;
		let copied = 0;
		for (const { term, start, end } of options.find(text)) {
			if (start < taken) continue;
			taken = end;
			if (term.id === options.ownTermId || linked.has(term.id)) continue;
			linked.add(term.id);
			if (start > copied) nodes.push({ type: 'text', value: text.slice(copied, start) });
			nodes.push(linkNode(text.slice(start, end), term.id, options.href(term.id)));
			copied = end;
		}
		if (nodes.length === 0) continue;
		if (copied < text.length) nodes.push({ type: 'text', value: text.slice(copied) });
		replacements.push({ node, nodes });
	}
	return { replacements, marks, linked: [...linked] };
}
