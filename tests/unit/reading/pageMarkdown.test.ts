import { expect, test } from 'vitest';
import { llmsText, mdxToMarkdown, pageMarkdown } from '../../../src/reading/pageMarkdown.ts';

const cite = (id: string) => ({ short: `${id.slice(-4)} letter`, href: `/sources/${id}/` });

test('citations and quotations become Markdown links, comments go', () => {
	const body = [
		'Prime launched in 2005 <Cite source="letter-2012" />.',
		'',
		'{/* a note for authors */}',
		'The letter calls customers <Quote inline source="letter-2017">divinely\n  discontent</Quote>.',
		'',
		'<Quote source="letter-2016">',
		'  Day 2 is stasis.',
		'</Quote>',
	].join('\n');
	expect(mdxToMarkdown(body, cite)).toBe(
		[
			'Prime launched in 2005 ([2012 letter](/sources/letter-2012/)).',
			'',
			'The letter calls customers “divinely discontent” ([2017 letter](/sources/letter-2017/)).',
			'',
			'> Day 2 is stasis.',
			'>',
			'> ([2016 letter](/sources/letter-2016/))',
		].join('\n'),
	);
});

test('as on the page, a sentence links each source once', () => {
	const body = [
		'Prime came first <Cite source="letter-2016" /> and grew <Cite source="letter-2016" />.',
		'It grew again <Cite source="letter-2016" />, said the <Quote source="letter-2016" inline>letter</Quote>.',
		'It says <Quote source="letter-2018" inline>Nobody asked.</Quote> It goes on <Cite source="letter-2018" />.',
		'',
		'- One <Cite source="letter-2012" />',
		'- Two <Cite source="letter-2012" />',
	].join('\n');
	expect(mdxToMarkdown(body, cite)).toBe(
		[
			'Prime came first ([2016 letter](/sources/letter-2016/)) and grew.',
			'It grew again ([2016 letter](/sources/letter-2016/)), said the “letter”.',
			'It says “Nobody asked.” ([2018 letter](/sources/letter-2018/)) It goes on ([2018 letter](/sources/letter-2018/)).',
			'',
			'- One ([2012 letter](/sources/letter-2012/))',
			'- Two ([2012 letter](/sources/letter-2012/))',
		].join('\n'),
	);
});

test('a page is its title, lead, kind and address, body, then its other sections', () => {
	expect(
		pageMarkdown({
			title: 'Amazon Prime',
			lead: 'Nobody asked for it.',
			kind: 'Case study',
			url: '/case-studies/amazon-prime/',
			body: 'Text.',
			sections: [{ heading: 'Outcome', text: 'Customers wanted it.' }],
		}),
	).toBe(
		'# Amazon Prime\n\n> Nobody asked for it.\n\nCase study: /case-studies/amazon-prime/\n\nText.\n\n## Outcome\n\nCustomers wanted it.\n',
	);
});

test('the outline has a section a kind, each page a linked line, and skips empty kinds', () => {
	expect(
		llmsText('Day One', 'A handbook.', [
			{ heading: 'Principles', items: [{ title: 'P', href: '/principles/p.md', note: 'Why.' }] },
			{ heading: 'Drafts', items: [] },
		]),
	).toBe('# Day One\n\n> A handbook.\n\n## Principles\n\n- [P](/principles/p.md): Why.\n');
});
