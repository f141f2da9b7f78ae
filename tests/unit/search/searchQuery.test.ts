import { expect, test } from 'vitest';
import {
	MAX_QUERY_LENGTH,
	normalizeQuery,
	resultCountText,
	quotedList,
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
	expect(searchStatusText({ query: 'prmie', total: 3, correctedQuery: 'prime' })).toBe(
		'Showing results for “prime”. 3 pages match “prime”.',
	);
	expect(searchStatusText({ query: 'prime', total: 1 })).toBe('1 page matches “prime”.');
});

test('words no page has are named, and the count is for the words searched', () => {
	expect(
		searchStatusText({ query: 'prime xqzv', total: 2, matchedQuery: 'prime', missing: ['xqzv'] }),
	).toBe('No page has “xqzv”. 2 pages match “prime”.');
});

test('a partial match and a question say how the pages were ranked', () => {
	expect(searchStatusText({ query: 'prime zappos', total: 5, partial: true })).toBe(
		'No page has all of your words: 5 pages have some of them, those with the most first.',
	);
	expect(
		searchStatusText({
			query: 'how do I make decisions faster',
			total: 9,
			question: 'make decisions faster',
		}),
	).toBe('9 pages have words of your question (“make decisions faster”), the best matches first.');
});

test('nothing found says so, whatever else was tried', () => {
	expect(searchStatusText({ query: 'kubernetes', total: 0, missing: ['kubernetes'] })).toBe(
		'No pages match “kubernetes”.',
	);
});

test('quoted lists read as a sentence', () => {
	expect(quotedList(['a'])).toBe('“a”');
	expect(quotedList(['a', 'b', 'c'])).toBe('“a”, “b” or “c”');
});

test('in dev mode an unavailable search says a build is needed', () => {
	expect(searchUnavailableText(true)).toContain('npm run build');
	expect(searchUnavailableText(false)).not.toContain('npm run build');
});

test('a synonym that found pages is said on screen', () => {
	expect(
		searchStatusText({
			query: 'subscription',
			total: 29,
			synonyms: [{ alias: 'subscription', term: 'prime' }],
		}),
	).toBe('“subscription” is also searched as “prime”. 29 pages match “subscription”.');
});
