import { expect, test } from 'vitest';
import { brokenLinks } from '../../../tools/lib/siteLinks.ts';

const pages = [
	{
		path: '/',
		html: '<a href="/essays/x/">x</a> <a href="https://example.com/">out</a> <img src="/favicon.svg">',
	},
	{
		path: '/essays/x/',
		html: '<h2 id="why">Why</h2><a href="#why">up</a><a href="/essays/y/">y</a><a href="/#nope">home</a>',
	},
];
const files = new Set(['/favicon.svg']);

test('links to missing pages and anchors are found; external links and files are not', () => {
	expect(brokenLinks(pages, files)).toEqual([
		{ from: '/essays/x/', href: '/essays/y/', reason: 'no such page' },
		{ from: '/essays/x/', href: '/#nope', reason: 'no such anchor' },
	]);
});

test('under a base path, a link outside it is broken', () => {
	const based = [
		{ path: '/handbook/', html: '<a href="/essays/x/">x</a><a href="/handbook/">home</a>' },
	];
	expect(brokenLinks(based, new Set(), '/handbook/')).toEqual([
		{ from: '/handbook/', href: '/essays/x/', reason: 'no such page' },
	]);
});
