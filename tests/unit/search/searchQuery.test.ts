import { expect, test } from 'vitest';
import {
	MAX_QUERY_LENGTH,
	normalizeQuery,
	resultCountText,
	searchStatusText,
	searchUnavailableText,
} from '../../../src/search/searchQuery.ts';

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

test('a corrected query is named before the count', () => {
	expect(searchStatusText(3, 'prmie', 'prime')).toBe(
		'Showing results for “prime”. 3 pages match “prime”.',
	);
	expect(searchStatusText(1, 'prime')).toBe('1 page matches “prime”.');
});

test('in dev mode an unavailable search says a build is needed', () => {
	expect(searchUnavailableText(true)).toContain('npm run build');
	expect(searchUnavailableText(false)).not.toContain('npm run build');
});
