import { mdxToMdast } from 'satteri';
import { expect, test } from 'vitest';
import { termOccurrences } from '../../../src/reading/glossaryTerms.ts';
import {
	LINKED_TERMS_KEY,
	linkedTermsIn,
	termLinkData,
	termLinks,
	type MarkdownNode,
} from '../../../src/reading/termLinks.ts';

const GLOSSARY = [
	{ id: 'prime', term: 'Prime', aliases: ['Amazon Prime', 'Prime membership'] },
	{ id: 'two-way-door', term: 'Two-way door', aliases: ['reversible decision'] },
	{ id: 'day-1', term: 'Day 1', aliases: ['Day One'] },
	{ id: 'day-1-essentials', term: 'Day 1 essentials', aliases: [] },
	{ id: 'earths-most', term: "Earth's most customer-centric company", aliases: [] },
	{ id: 'proxy', term: 'Proxy', aliases: ['KPI'] },
];

const find = termOccurrences(GLOSSARY);
const termIds = GLOSSARY.map((term) => term.id);

/**
 * The text of `mdx` as the plugin would leave it, each paragraph on a line, each term link
 * written `[author's words](term id)`, and every other node as its text.
 */
function linked(mdx: string, ownTermId?: string): string {
	const root = mdxToMdast(mdx, { features: { smartPunctuation: true } }) as MarkdownNode;
	const { replacements, marks } = termLinks(root, {
		find,
		href: (id) => `/glossary/#${id}`,
		termIds,
		ownTermId,
	});
	const swapped = new Map(replacements.map(({ node, nodes }) => [node, nodes]));
	for (const { node, termId } of marks) node.data = { ...node.data, ...termLinkData(termId) };
	const write = (node: MarkdownNode): string => {
		if (swapped.has(node)) return swapped.get(node)!.map(write).join('');
		const hProperties = node.data?.hProperties as Record<string, string> | undefined;
		const inner = node.value ?? (node.children ?? []).map(write).join('');
		if (hProperties?.['data-term']) {
			expect(node.url).toBe(`/glossary/#${hProperties['data-term']}`);
			return `[${inner}](${hProperties['data-term']})`;
		}
		return node.type === 'root' ? inner.trim() : node.type === 'paragraph' ? `${inner}\n` : inner;
	};
	return write(root);
}

test.each([
	{
		rule: 'the first use of a term in prose links to its definition, in the author’s words and case',
		mdx: 'Most choices are a TWO-WAY DOOR. Another two-way door follows.',
		text: 'Most choices are a [TWO-WAY DOOR](two-way-door). Another two-way door follows.',
	},
	{
		rule: 'a term and its aliases count as one: only the first use of any of them is linked',
		mdx: 'Amazon Prime began in 2005.\n\nPrime grew, and Prime membership too.',
		text: '[Amazon Prime](prime) began in 2005.\nPrime grew, and Prime membership too.',
	},
	{
		rule: 'each term is linked once per page, several terms in one sentence each get their link',
		mdx: 'It is Day 1: make the reversible decision, then watch the KPI.',
		text: 'It is [Day 1](day-1): make the [reversible decision](two-way-door), then watch the [KPI](proxy).',
	},
	{
		rule: 'a term broken across two lines of the file is linked as one',
		mdx: 'Most choices are a two-way\ndoor.',
		text: 'Most choices are a [two-way\ndoor](two-way-door).',
	},
	{
		rule: 'emphasis and lists are prose: a term in them is linked',
		mdx: '- It is *still Day 1* here.',
		text: 'It is still [Day 1](day-1) here.',
	},
	{
		rule: "the page's own term is never linked, and other terms are",
		mdx: 'Prime began on Day 1.',
		ownTermId: 'prime',
		text: 'Prime began on [Day 1](day-1).',
	},
	{
		rule: 'the longer of two overlapping terms wins, and the shorter waits for its own use',
		mdx: 'The Day 1 essentials keep it Day 1.',
		text: 'The [Day 1 essentials](day-1-essentials) keep it [Day 1](day-1).',
	},
	{
		rule: 'a term already linked still keeps a shorter one from linking inside it',
		mdx: 'The Day 1 essentials. The Day 1 essentials again.',
		text: 'The [Day 1 essentials](day-1-essentials). The Day 1 essentials again.',
	},
	{
		rule: 'a straight apostrophe in the glossary matches the typographic one Markdown makes',
		mdx: "Be Earth's most customer-centric company.",
		text: 'Be [Earth’s most customer-centric company](earths-most).',
	},
	{
		rule: 'a term the author linked by hand is not linked again, anywhere, and the link is marked as its',
		mdx: 'Prime grew.\n\nSee [the definition](/glossary/#prime) or [more](/x/).',
		text: 'Prime grew.\nSee [the definition](prime) or more.',
	},
])('$rule', ({ mdx, ownTermId, text }) => {
	expect(linked(mdx, ownTermId)).toBe(text);
});

test.each([
	{
		where: 'a heading',
		mdx: '## Prime at launch\n\nPrime grew.',
		text: 'Prime at launch[Prime](prime) grew.',
	},
	{
		where: 'a link',
		mdx: '[about Prime](/x/) and Prime.',
		text: 'about Prime and [Prime](prime).',
	},
	{
		where: 'a blockquote',
		mdx: '> Prime is good.\n\nPrime grew.',
		text: 'Prime is good.\n[Prime](prime) grew.',
	},
	{
		where: 'a <Quote>',
		mdx: 'As <Quote source="letter-2012" inline>Prime members</Quote> say, Prime grew.',
		text: 'As Prime members say, [Prime](prime) grew.',
	},
	{
		where: 'a block <Quote>',
		mdx: '<Quote source="letter-2012">\nPrime grew.\n</Quote>\n\nPrime grew.',
		text: 'Prime grew.\n[Prime](prime) grew.',
	},
	{
		where: 'a <q>',
		mdx: 'They said <q>Prime</q>, and Prime grew.',
		text: 'They said Prime, and [Prime](prime) grew.',
	},
	{
		where: 'inline code',
		mdx: 'Type `Prime` to find Prime.',
		text: 'Type Prime to find [Prime](prime).',
	},
	{
		where: 'a code block',
		mdx: '```\nPrime\n```\n\nPrime grew.',
		text: 'Prime[Prime](prime) grew.',
	},
	{
		where: 'a citation marker',
		mdx: 'Prime grew <Cite source="letter-2012" />.',
		text: '[Prime](prime) grew .',
	},
])('a term inside $where is not linked, and its next use in prose is', ({ mdx, text }) => {
	expect(linked(mdx)).toBe(text);
});

test.each([
	{ text: 'A Primer on Prime.', result: 'A Primer on [Prime](prime).' },
	{ text: 'Primed for Prime.', result: 'Primed for [Prime](prime).' },
	{ text: 'KPIs and a KPI.', result: '[KPIs](proxy) and a KPI.' },
	{
		text: 'Two-way doorstops and two-way doors.',
		result: 'Two-way doorstops and [two-way doors](two-way-door).',
	},
	{ text: 'Day 10 is not Day 1.', result: 'Day 10 is not [Day 1](day-1).' },
	{ text: 'SubPrime, then (Prime).', result: 'SubPrime, then ([Prime](prime)).' },
])('only whole words, or their plural in -s, count: $text', ({ text, result }) => {
	expect(linked(text)).toBe(result);
});

test('the linked terms are reported once each, in the order the text first uses them', () => {
	const root = mdxToMdast('Watch the KPI on Day 1, not the KPI.') as MarkdownNode;
	const { linked: ids } = termLinks(root, { find, href: (id) => id, termIds });
	expect(ids).toEqual(['proxy', 'day-1']);
});

test('terms linked by hand are reported with the rest, first', () => {
	const root = mdxToMdast('It is Day 1. See [the definition](/glossary/#prime).') as MarkdownNode;
	const { linked: ids } = termLinks(root, { find, href: (id) => `/glossary/#${id}`, termIds });
	expect(ids).toEqual(['prime', 'day-1']);
});

test('a page without terms needs no change', () => {
	const root = mdxToMdast('Nothing to link here.') as MarkdownNode;
	expect(termLinks(root, { find, href: (id) => id, termIds })).toEqual({
		replacements: [],
		marks: [],
		linked: [],
	});
});

test.each([
	{ frontmatter: { [LINKED_TERMS_KEY]: ['prime', 'day-1'] }, ids: ['prime', 'day-1'] },
	{ frontmatter: {}, ids: [] },
	{ frontmatter: undefined, ids: [] },
	{ frontmatter: { [LINKED_TERMS_KEY]: 'prime' }, ids: [] },
])('the linked terms read back from front matter $frontmatter are $ids', ({ frontmatter, ids }) => {
	expect(linkedTermsIn(frontmatter)).toEqual(ids);
});
