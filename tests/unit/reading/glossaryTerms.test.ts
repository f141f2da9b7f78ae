import { expect, test } from 'vitest';
import { termOccurrences } from '../../../src/reading/glossaryTerms.ts';

const GLOSSARY = [
	{ id: 'day-1', term: 'Day 1', aliases: ['day one'] },
	{ id: 'day-1-essentials', term: 'Day 1 essentials', aliases: [] },
	{ id: 'proxy', term: 'Proxy', aliases: ['KPI', 'metric'] },
	{ id: 'prime', term: 'Prime', aliases: ['Prime membership'] },
	{ id: 'customers-customer', term: "Customer's customer", aliases: [] },
];

/** Each occurrence as `id:matched words`. */
function found(text: string, terms = GLOSSARY): string[] {
	return termOccurrences(terms)(text).map(
		({ term, start, end }) => `${term.id}:${text.slice(start, end)}`,
	);
}

test.each([
	{
		rule: 'terms are found by name or alias, in any case, as whole words, in order of position',
		text: 'It is still DAY ONE. Watch each KPI, then Day 1 again.',
		found: ['day-1:DAY ONE', 'proxy:KPI', 'day-1:Day 1'],
	},
	{
		rule: 'a word that only contains a term does not count',
		text: 'The primer covers proxying, metrical days and Day 10.',
		found: [],
	},
	{
		rule: 'the longest name of a term is matched, and of two terms at one place the longer comes first',
		text: 'Prime membership, the Day 1 essentials',
		found: ['prime:Prime membership', 'day-1-essentials:Day 1 essentials', 'day-1:Day 1'],
	},
	{
		rule: 'a straight apostrophe in a term matches a typographic one, and the other way round',
		text: 'your customer’s customer',
		found: ['customers-customer:customer’s customer'],
	},
	{
		rule: 'a phrase broken across lines still counts',
		text: 'the Day\n1 essentials',
		found: ['day-1-essentials:Day\n1 essentials', 'day-1:Day\n1'],
	},
	{
		rule: 'a plural with "s" counts as the term',
		text: 'Two KPIs, two Primes and a Primer',
		found: ['proxy:KPIs', 'prime:Primes'],
	},
	{
		rule: 'a name that is not plain ASCII is matched in any case too',
		terms: [{ id: 'uber', term: 'Überblick', aliases: [] }],
		text: 'Ein ÜBERBLICK',
		found: ['uber:ÜBERBLICK'],
	},
	{
		rule: 'a name whose first word the text lacks is not found, though a later word is there',
		text: 'one essentials list',
		found: [],
	},
	{
		rule: 'a name that starts with a mark, not a letter or digit, is still found',
		terms: [{ id: 'number-one', term: '#1 priority', aliases: [] }],
		text: 'Our #1 priority, and #1 priority again',
		found: ['number-one:#1 priority', 'number-one:#1 priority'],
	},
	{
		rule: 'a name right after a letter is not found, and one later in the text still is',
		text: 'ReKPI and KPI',
		found: ['proxy:KPI'],
	},
	{
		rule: 'a blank name matches nothing',
		terms: [{ id: 'blank', term: ' ', aliases: [''] }],
		text: 'Any text at all',
		found: [],
	},
])('$rule', ({ text, terms, found: expected }) => {
	expect(found(text, terms)).toEqual(expected);
});
