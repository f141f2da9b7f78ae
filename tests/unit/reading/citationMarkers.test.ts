import { mdxToMdast } from 'satteri';
import { expect, test } from 'vitest';
import {
	citationMarkers,
	citedSources,
	markerValue,
	NO_MARKER,
	sourceListIds,
	type CitingNode,
} from '../../../src/reading/citationMarkers.ts';

const SOURCES = ['letter-2012', 'letter-2016', 'leadership-principles'];

const parse = (mdx: string) => mdxToMdast(mdx) as CitingNode;

/**
 * `mdx` as the reader sees it after the plugin: text with trailing spaces trimmed where it was,
 * each shown marker as `[n]`, each hidden one as nothing, and a quotation's words in “…”.
 */
function marked(mdx: string, sources: readonly string[] = SOURCES): string {
	const root = parse(mdx);
	const { markers, trimmed } = citationMarkers(root, sources);
	const values = new Map(trimmed.map(({ node, value }) => [node, value]));
	const shown = new Map(markers.map((marker) => [marker.node, markerValue(marker)]));
	const write = (node: CitingNode): string => {
		if (node.type === 'text') return values.get(node) ?? node.value ?? '';
		const inner = (node.children ?? []).map(write).join('');
		const marker = shown.get(node);
		const label = marker === undefined ? '' : marker === NO_MARKER ? '' : `[${marker}]`;
		if (node.name === 'Quote') return `“${inner}”${label}`;
		if (node.name === 'Cite') return label;
		return node.type === 'paragraph' ? `${inner}\n` : inner;
	};
	return write(root).trim();
}

test.each([
	{
		case: 'a source cited twice in one sentence is marked once',
		mdx: 'Prime came first <Cite source="letter-2016" /> and grew <Cite source="letter-2016" />.',
		text: 'Prime came first[2] and grew.',
	},
	{
		case: 'two sources in one sentence are each marked',
		mdx: 'Prime came first <Cite source="letter-2016" /> and grew <Cite source="letter-2012" />.',
		text: 'Prime came first[2] and grew[1].',
	},
	{
		case: 'the same source in the next sentence is marked again',
		mdx: 'Prime came first <Cite source="letter-2016" />. It grew <Cite source="letter-2016" />.',
		text: 'Prime came first[2]. It grew[2].',
	},
	{
		case: 'a citation after a full stop belongs to the sentence before it',
		mdx: 'Sales grew 838% <Cite source="letter-2012" />. <Cite source="letter-2012" /> Then more.',
		text: 'Sales grew 838%[1]. Then more.',
	},
	{
		case: 'an inline quotation marks its source, and a citation of it later in the sentence does not',
		mdx: 'It calls it a <Quote source="letter-2016" inline>starter pack</Quote>, and names customers <Cite source="letter-2016" />.',
		text: 'It calls it a “starter pack”[2], and names customers.',
	},
	{
		case: 'a quotation ending its sentence ends it for the citation after it, too',
		mdx: '<Quote source="letter-2016" inline>You won\'t find it in a survey.</Quote> <Cite source="letter-2016" /> Next.',
		text: "“You won't find it in a survey.”[2] Next.",
	},
	{
		case: 'the words after a quotation that ends its sentence start a new one',
		mdx: 'It says <Quote source="letter-2016" inline>Nobody asked.</Quote> It goes on <Cite source="letter-2016" />.',
		text: 'It says “Nobody asked.”[2] It goes on[2].',
	},
	{
		case: 'a full stop inside a number ends no sentence',
		mdx: 'A $2.99 refund <Cite source="letter-2012" />, unasked <Cite source="letter-2012" />.',
		text: 'A $2.99 refund[1], unasked.',
	},
	{
		case: 'a new paragraph is a new sentence',
		mdx: 'One <Cite source="letter-2012" />\n\nTwo <Cite source="letter-2012" />',
		text: 'One[1]\nTwo[1]',
	},
	{
		case: 'list items are sentences of their own',
		mdx: '- One <Cite source="letter-2012" />\n- Two <Cite source="letter-2012" />',
		text: 'One[1]\nTwo[1]',
	},
	{
		case: 'a question mark ends a sentence',
		mdx: 'Why <Cite source="letter-2012" />? Because <Cite source="letter-2012" />.',
		text: 'Why[1]? Because[1].',
	},
])('$case', ({ mdx, text }) => {
	expect(marked(mdx)).toBe(text);
});

test('a citation of a source the page does not list keeps its marker but has no number', () => {
	const { markers } = citationMarkers(parse('A fact <Cite source="letter-1997" />.'), SOURCES);
	expect(markers.map(({ number, shown }) => ({ number, shown }))).toEqual([
		{ number: undefined, shown: true },
	]);
	expect(markerValue(markers[0]!)).toBeUndefined();
});

test('a block quotation names its source in its caption, so it takes no marker', () => {
	const root = parse('<Quote source="letter-2016">\nA long quotation.\n</Quote>');
	expect(citationMarkers(root, SOURCES).markers).toEqual([]);
});

test('code is not read as prose', () => {
	const root = parse(
		'Write `<Cite source="letter-2012" />` like this <Cite source="letter-2012" />.',
	);
	expect(citationMarkers(root, SOURCES).markers).toHaveLength(1);
});

test('the cited sources are each named once, in reading order, block quotations included', () => {
	const root = parse(
		'A <Cite source="letter-2016" /> b <Cite source="letter-2012" /> c <Cite source="letter-2016" />\n\n<Quote source="leadership-principles">\nWords.\n</Quote>',
	);
	expect(citedSources(root)).toEqual(['letter-2016', 'letter-2012', 'leadership-principles']);
});

test.each([
	{
		case: 'a page lists the sources of its front matter, in their order',
		page: { collection: 'essays', id: 'process-as-a-proxy' },
		listed: ['letter-2016', 'letter-2015'],
		cited: ['letter-2015', 'letter-2016'],
		ids: ['letter-2016', 'letter-2015'],
	},
	{
		case: 'a letter whose text cites itself lists itself first',
		page: { collection: 'sources', id: 'letter-2014' },
		listed: ['letter-2012'],
		cited: ['letter-2014', 'letter-2012'],
		ids: ['letter-2014', 'letter-2012'],
	},
	{
		case: 'a source page that does not cite itself does not list itself',
		page: { collection: 'sources', id: 'leadership-principles' },
		listed: [],
		cited: [],
		ids: [],
	},
	{
		case: 'an essay that shares a letter’s id is not a source page',
		page: { collection: 'essays', id: 'letter-2014' },
		listed: [],
		cited: ['letter-2014'],
		ids: [],
	},
])('$case', ({ page, listed, cited, ids }) => {
	expect(sourceListIds(page, listed, cited)).toEqual(ids);
});
