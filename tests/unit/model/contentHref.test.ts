import { expect, test } from 'vitest';
import { contentHref } from '../../../src/model/contentHref.ts';

test.each([
	{ href: '/principles/x/', base: '/handbook/', result: '/handbook/principles/x/' },
	{ href: '/handbook/y/', base: '/handbook/', result: '/handbook/y/' },
	{ href: 'https://a.example/', base: '/handbook/', result: 'https://a.example/' },
	{ href: '//cdn.example/x', base: '/handbook/', result: '//cdn.example/x' },
	{ href: '#why', base: '/handbook/', result: '#why' },
	{ href: '/principles/x/', base: '/', result: '/principles/x/' },
])('$href under $base is $result', ({ href, base, result }) => {
	expect(contentHref(href, base)).toBe(result);
});
