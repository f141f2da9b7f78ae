import { expect, test } from 'vitest';
import {
	citationsIn,
	uncitedQuotations,
	uncitedQuotationsAt,
} from '../../../src/checks/quotations.ts';

test('citations are read from Cite and Quote, with or without a source', () => {
	const body =
		'A fact <Cite source="letter-2012" />. <Quote source=\'letter-2016\' inline>Day 1</Quote> <Cite />';
	expect(citationsIn(body)).toEqual([
		{ component: 'Cite', source: 'letter-2012', offset: 7 },
		{ component: 'Quote', source: 'letter-2016', offset: 38 },
		{ component: 'Cite', source: undefined, offset: 87 },
	]);
});

test.each([
	{ body: 'We call it “Day 1” here.', found: [] },
	{
		body: 'He said “obsess over our customers always” once.',
		found: ['obsess over our customers always'],
	},
	{
		body: 'He said "obsess over our customers always" once.',
		found: ['obsess over our customers always'],
	},
	{
		body: '<Quote source="letter-2016">“true customer obsession, a skeptical view of proxies”</Quote>',
		found: [],
	},
	{ body: 'Code is not prose: `const a = "one two three four";`', found: [] },
])('uncitedQuotations finds $found', ({ body, found }) => {
	expect(uncitedQuotations(body)).toEqual(found);
});

test('components shown in MDX comments and code are not citations', () => {
	expect(
		citationsIn(
			'{/* Cite with <Cite source="letter-2016" /> */} `<Cite source="x" />` real <Cite source="letter-2012" />',
		),
	).toEqual([{ component: 'Cite', source: 'letter-2012', offset: 75 }]);
});

test('an uncited quotation is found with where it starts', () => {
	const body = 'First line.\nHe said “obsess over our customers always” once.';
	expect(uncitedQuotationsAt(body)).toEqual([
		{ text: 'obsess over our customers always', offset: body.indexOf('“') },
	]);
});
