/**
 * Where a page's citation markers go: each `<Cite>` and inline `<Quote>` shows a small numbered
 * marker (its source's place in the page's source list), once per source per sentence, so a
 * sentence that leans on one letter twice is marked once. Pure: the Markdown plugin
 * (`build/citationMarkers.ts`) walks the page's tree with this and applies what it decides.
 */
import type { MarkdownNode } from './termLinks.ts';

/** An MDX element's attribute, as the Markdown tree holds it. */
export interface MdxAttribute {
	type: string;
	name?: string;
	value?: unknown;
}

/** A Markdown node that may be an MDX element with attributes. */
export interface CitingNode extends MarkdownNode {
	attributes?: MdxAttribute[];
	children?: CitingNode[];
}

/** The attribute the plugin sets on a citation: its marker's number, or `none` for no marker. */
export const MARKER_ATTRIBUTE = 'marker';

/** The value of `MARKER_ATTRIBUTE` on a citation whose source this sentence already marked. */
export const NO_MARKER = 'none';

/** What to do with one citation. */
export interface CitationMarker<N extends CitingNode = CitingNode> {
	node: N;
	/** Its source's place (from 1) in the page's source list; `undefined` when it is not listed. */
	number: number | undefined;
	/** False when the same source is already marked in the same sentence. */
	shown: boolean;
}

/** A text node whose trailing spaces go, so the marker sits against the word before it. */
export interface TrimmedText<N extends CitingNode = CitingNode> {
	node: N;
	value: string;
}

export interface CitationMarkers<N extends CitingNode = CitingNode> {
	markers: CitationMarker<N>[];
	trimmed: TrimmedText<N>[];
}

/** Nodes that hold whole sentences: a sentence never runs from one into the next. */
const BLOCKS = new Set([
	'root',
	'paragraph',
	'heading',
	'list',
	'listItem',
	'blockquote',
	'table',
	'tableRow',
	'tableCell',
	'mdxJsxFlowElement',
]);

/** Nodes whose text the walk never reads as prose. */
const SKIPPED = new Set(['code', 'inlineCode', 'html', 'mdxFlowExpression', 'mdxTextExpression']);

/**
 * Full stops, question and exclamation marks, with any closing quotation mark or bracket, then
 * white space: the end of a sentence. A stop inside a number ("$2.99") has no space after it.
 */
const SENTENCE_END = /[.!?][”’"')\]]*\s+/g;

/** A text that ends with a sentence's stop (and any closing mark), the space still to come. */
const STOP_AT_END = /[.!?][”’"')\]]*$/;

/**
 * Follows the sentences of a page's text, read in order, so that each source is marked once a
 * sentence. `text()` reads words, `block()` marks the start of a block (a sentence never runs from
 * one into the next), and `cite()` says whether a citation of `source` is its sentence's first. A
 * citation right after a sentence's full stop ("…in 1997. <Cite />") belongs to that sentence.
 * Shared by the page's markers and its Markdown copy (`pageMarkdown.ts`).
 */
export function sentenceCitations() {
	let cited = new Set<string>();
	// True after a sentence's end: the next words start a new sentence, a citation does not.
	let ended = false;
	// True when the last text read ended with a stop and no space: a quotation that closes a
	// sentence ("…<Quote>…for Echo.</Quote> It goes on"), whose space comes in the next text.
	let stopped = false;
	const block = () => {
		cited = new Set();
		ended = false;
		stopped = false;
	};
	return {
		block,
		text(value: string) {
			if (stopped && /^\s/.test(value)) ended = true;
			if (ended && /\S/.test(value)) block();
			for (const match of value.matchAll(SENTENCE_END)) {
				const after = value.slice(match.index + match[0].length);
				if (/\S/.test(after)) block();
				else ended = true;
			}
			stopped = STOP_AT_END.test(value);
		},
		cite(source: string): boolean {
			const first = !cited.has(source);
			cited.add(source);
			return first;
		},
	};
}

function attribute(node: CitingNode, name: string): unknown {
	return node.attributes?.find((item) => item.type === 'mdxJsxAttribute' && item.name === name)
		?.value;
}

function isElement(node: CitingNode, name: string): boolean {
	return node.type.startsWith('mdxJsx') && node.name === name;
}

/** A `<Cite>`, or a `<Quote inline>` (a block quotation names its source in its caption). */
function isCitation(node: CitingNode): boolean {
	if (isElement(node, 'Cite')) return true;
	return isElement(node, 'Quote') && node.type === 'mdxJsxTextElement';
}

/**
 * The markers of `root`'s citations, in reading order, numbered by `sourceIds` (the page's source
 * list, in order); a citation of a source that its sentence already cited shows none. A citation
 * right after a sentence's full stop ("…in 1997. <Cite />") belongs to that sentence. A citation's
 * text node before it loses its trailing spaces, so "first on it <Cite />." reads "first on it¹.".
 */
export function citationMarkers<N extends CitingNode>(
	root: N,
	sourceIds: readonly string[],
): CitationMarkers<N> {
	const markers: CitationMarker<N>[] = [];
	const trimmed: TrimmedText<N>[] = [];
	const sentences = sentenceCitations();
	let previousText: N | undefined;

	const readText = (node: N) => {
		sentences.text(node.value ?? '');
		previousText = node;
	};

	const readCitation = (node: N) => {
		const source = String(attribute(node, 'source') ?? '');
		const shown = sentences.cite(source);
		const place = sourceIds.indexOf(source);
		markers.push({ node, number: place < 0 ? undefined : place + 1, shown });
		const before = previousText?.value;
		if (isElement(node, 'Cite') && previousText && before && /\s$/.test(before)) {
			trimmed.push({ node: previousText, value: before.trimEnd() });
		}
	};

	const walk = (node: N) => {
		if (SKIPPED.has(node.type)) return;
		if (node.type === 'text') return readText(node);
		const block = BLOCKS.has(node.type);
		if (block) sentences.block();
		if (isCitation(node)) readCitation(node);
		// Only a text node right before a citation is trimmed: an element between them breaks it.
		previousText = undefined;
		for (const child of node.children ?? []) walk(child as N);
		previousText = undefined;
		if (block) sentences.block();
	};

	walk(root);
	// A text node is trimmed once, even when two citations follow it (not possible in MDX text,
	// where a citation always ends the text node before it, but cheap to guarantee).
	const unique = [...new Map(trimmed.map((item) => [item.node, item])).values()];
	return { markers, trimmed: unique };
}

/** The value of `MARKER_ATTRIBUTE` for `marker`: its number, `none`, or no attribute at all. */
export function markerValue(marker: CitationMarker): string | undefined {
	if (!marker.shown) return NO_MARKER;
	return marker.number === undefined ? undefined : String(marker.number);
}

/**
 * The ids of the sources a page lists at its end, in order, which number its markers: those its
 * front matter lists, and first, on a source's own page whose text cites that source (a letter's
 * summary of itself), the source itself, so each marker has an entry to lead to.
 */
export function sourceListIds(
	page: { collection: string; id: string },
	listed: readonly string[],
	cited: readonly string[],
): string[] {
	const citesItself = page.collection === 'sources' && cited.includes(page.id);
	return citesItself ? [page.id, ...listed.filter((id) => id !== page.id)] : [...listed];
}

/** The sources `root` cites or quotes (in a block quotation too), each once, in reading order. */
export function citedSources(root: CitingNode): string[] {
	const found = new Set<string>();
	const walk = (node: CitingNode) => {
		if (isElement(node, 'Cite') || isElement(node, 'Quote'))
			found.add(String(attribute(node, 'source') ?? ''));
		for (const child of node.children ?? []) walk(child);
	};
	walk(root);
	return [...found];
}
