import { expect, test } from 'vitest';
import { correctQuery, nearestWord } from '../../../src/search/correctQuery.ts';

const vocabulary = {
	prime: 40,
	royalties: 12,
	loyalty: 1,
	customer: 300,
	obsession: 50,
	proxies: 20,
};

test.each([
	{ query: 'prmie', corrected: 'prime', changed: true },
	{ query: 'royalites monthly', corrected: 'royalties monthly', changed: true },
	{ query: 'customer obsesion', corrected: 'customer obsession', changed: true },
	{ query: 'prime', corrected: 'prime', changed: false },
	{ query: 'xyzzyq', corrected: 'xyzzyq', changed: false },
	{ query: 'ai 2016', corrected: 'ai 2016', changed: false },
])('"$query" becomes "$corrected"', ({ query, corrected, changed }) => {
	expect(correctQuery(query, vocabulary)).toEqual({ query: corrected, changed });
});

test('the nearest word wins, then the more frequent one', () => {
	expect(nearestWord('proxys', vocabulary)).toBe('proxies');
	expect(nearestWord('royalty', { royalties: 1, loyalty: 5 })).toBe('loyalty');
	expect(nearestWord('constructor', {})).toBeUndefined();
});

test("a word named like an object's own property is not taken as known", () => {
	expect(correctQuery('constructor', vocabulary)).toEqual({ query: 'constructor', changed: false });
});
