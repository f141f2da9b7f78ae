import { expect, test } from 'vitest';
import { editDistance } from '../../../src/search/editDistance.ts';

test.each([
	{ a: 'prime', b: 'prime', distance: 0 },
	{ a: 'prmie', b: 'prime', distance: 1 },
	{ a: 'royalites', b: 'royalties', distance: 1 },
	{ a: 'zapos', b: 'zappos', distance: 1 },
	{ a: 'kitten', b: 'sitting', distance: 3 },
	{ a: '', b: 'abc', distance: 3 },
])('$a → $b takes $distance edit(s)', ({ a, b, distance }) => {
	expect(editDistance(a, b)).toBe(distance);
});

test('it stops early once the distance exceeds the limit', () => {
	expect(editDistance('kitten', 'sitting', 1)).toBe(2);
	expect(editDistance('a', 'abcdef', 2)).toBe(3);
});
