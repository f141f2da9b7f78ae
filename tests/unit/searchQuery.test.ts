import { expect, test } from 'vitest';
import { MAX_QUERY_LENGTH, normalizeQuery, resultCountText } from '../../src/lib/searchQuery.ts';

test.each([
	{ raw: null, expected: '' },
	{ raw: '   ', expected: '' },
	{ raw: '  two-way   door ', expected: 'two-way door' },
	{ raw: 'x'.repeat(500), expected: 'x'.repeat(MAX_QUERY_LENGTH) },
])('normalizeQuery($raw) gives "$expected"', ({ raw, expected }) => {
	expect(normalizeQuery(raw)).toBe(expected);
});

test.each([
	{ count: 0, text: 'No pages match “prime”.' },
	{ count: 1, text: '1 page matches “prime”.' },
	{ count: 4, text: '4 pages match “prime”.' },
])('$count results read "$text"', ({ count, text }) => {
	expect(resultCountText(count, 'prime')).toBe(text);
});
