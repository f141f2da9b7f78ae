import { expect, test } from 'vitest';
import { collectionPath, entryPath, withBase } from '../../../src/model/collections.ts';

test.each([
	{ base: '/', path: 'search/', expected: '/search/' },
	{ base: '/handbook/', path: '/search/', expected: '/handbook/search/' },
	{ base: '/handbook', path: 'pagefind/pagefind.js', expected: '/handbook/pagefind/pagefind.js' },
])('withBase joins $base and $path as $expected', ({ base, path, expected }) => {
	expect(withBase(base, path)).toBe(expected);
});

test('an entry page sits under its collection with a trailing slash', () => {
	expect(entryPath('case-studies', 'amazon-prime')).toBe('/case-studies/amazon-prime/');
	expect(entryPath('principles', 'customer-obsession', '/handbook/')).toBe(
		'/handbook/principles/customer-obsession/',
	);
});

test('a glossary term is an anchor on the one glossary page', () => {
	expect(entryPath('glossary', 'day-1')).toBe('/glossary/#day-1');
});

test('a collection list page is the collection folder', () => {
	expect(collectionPath('essays')).toBe('/essays/');
});
