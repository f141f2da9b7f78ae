import { expect, test } from 'vitest';
import { termsUsedIn } from '../../../src/reading/glossaryTerms.ts';

const terms = [
	{ id: 'day-1', term: 'Day 1', aliases: ['day one'] },
	{ id: 'proxy', term: 'Proxy', aliases: ['KPI', 'metric'] },
	{ id: 'prime', term: 'Prime', aliases: [] },
];

test('terms are found by name or alias, in any case, as whole words', () => {
	expect(termsUsedIn('It is still Day One. Watch each KPI.', terms).map((t) => t.id)).toEqual([
		'day-1',
		'proxy',
	]);
});

test('a word that only contains a term does not count', () => {
	expect(termsUsedIn('The primer covers proxying and metrics-free days.', terms)).toEqual([]);
});

test("a term's own page is left out", () => {
	expect(termsUsedIn('Prime and Day 1', terms, 'prime').map((t) => t.id)).toEqual(['day-1']);
});
