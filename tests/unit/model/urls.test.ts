import { expect, test } from 'vitest';
import {
	absoluteUrl,
	collectionPath,
	contentHref,
	entryPath,
	isPrintPath,
	printPath,
	sitePath,
	socialCardName,
	socialCardPath,
	staticRoutes,
	withBase,
} from '../../../src/model/urls.ts';

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
	expect(entryPath('glossary', 'day-1', '/handbook/')).toBe('/handbook/glossary/#day-1');
});

test('a collection list page is the collection folder', () => {
	expect(collectionPath('essays')).toBe('/essays/');
	expect(collectionPath('glossary', '/handbook/')).toBe('/handbook/glossary/');
});

test.each([
	{ name: 'home', base: '/', expected: '/' },
	{ name: 'home', base: '/handbook/', expected: '/handbook/' },
	{ name: 'search', base: '/handbook/', expected: '/handbook/search/' },
	{ name: 'feed', base: '/', expected: '/rss.xml' },
	{ name: 'map', base: '/handbook/', expected: '/handbook/map/' },
	{ name: 'timeline', base: '/', expected: '/timeline/' },
	{ name: 'pagefind', base: '/h/', expected: '/h/pagefind/pagefind.js' },
] as const)('the $name address under $base is $expected', ({ name, base, expected }) => {
	expect(sitePath(name, base)).toBe(expected);
});

test('the static routes are the site pages and the given collections', () => {
	expect(staticRoutes(['essays', 'glossary'])).toEqual([
		'/',
		'/search/',
		'/map/',
		'/timeline/',
		'/rss.xml',
		'/sitemap-index.xml',
		'/essays/',
		'/glossary/',
	]);
});

test.each([
	{ href: '/principles/x/', base: '/handbook/', result: '/handbook/principles/x/' },
	{ href: '/handbook/y/', base: '/handbook/', result: '/handbook/y/' },
	{ href: 'https://a.example/', base: '/handbook/', result: 'https://a.example/' },
	{ href: '//cdn.example/x', base: '/handbook/', result: '//cdn.example/x' },
	{ href: '#why', base: '/handbook/', result: '#why' },
	{ href: '/principles/x/', base: '/', result: '/principles/x/' },
])('a content link $href under $base is $result', ({ href, base, result }) => {
	expect(contentHref(href, base)).toBe(result);
});

test.each([
	{ page: '/', name: 'og/index.png', path: '/og/index.png' },
	{ page: '/essays/', name: 'og/essays.png', path: '/og/essays.png' },
	{
		page: '/principles/customer-obsession/',
		name: 'og/principles/customer-obsession.png',
		path: '/og/principles/customer-obsession.png',
	},
])('the social card of $page is $path', ({ page, name, path }) => {
	expect(socialCardName(page)).toBe(name);
	expect(socialCardPath(page)).toBe(path);
});

test("a social card follows the base, and its meta tag gets the site's host", () => {
	const path = socialCardPath('/essays/', '/handbook/');
	expect(path).toBe('/handbook/og/essays.png');
	expect(absoluteUrl(path, 'https://example.org')).toBe(
		'https://example.org/handbook/og/essays.png',
	);
});

test("a path's print version sits under the path's own page", () => {
	expect(printPath('first-week')).toBe('/paths/first-week/print/');
	expect(printPath('first-week', '/handbook/')).toBe('/handbook/paths/first-week/print/');
});

test.each([
	{ url: 'https://day-one.example/paths/first-week/print/', base: '/', print: true },
	{ url: '/handbook/paths/first-week/print/', base: '/handbook/', print: true },
	{ url: '/paths/first-week/', base: '/', print: false },
	{ url: '/paths/print/', base: '/', print: false },
	{ url: '/essays/print/', base: '/', print: false },
	{ url: '/paths/first-week/print/', base: '/handbook/', print: false },
])('$url is a print version under $base: $print', ({ url, base, print }) => {
	expect(isPrintPath(url, base)).toBe(print);
});
