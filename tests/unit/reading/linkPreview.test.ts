import { expect, test } from 'vitest';
import { linkPreview, previewData, previewKeys } from '../../../src/reading/linkPreview.ts';

const PAGE = 'https://day-one.example/essays/process-as-a-proxy/';

const principle = {
	kind: 'Principle',
	title: 'Customer obsession',
	summary: 'Start with the customer.',
};
const term = { kind: 'Glossary term', title: 'Proxy', summary: 'A stand-in for what matters.' };
const data = previewData([
	{ path: '/principles/customer-obsession/', ...principle },
	{ path: '/glossary/#proxy', ...term },
]);

test.each([
	{ href: '/principles/customer-obsession/', keys: ['/principles/customer-obsession/'] },
	{
		href: '/principles/customer-obsession/#in-practice',
		keys: ['/principles/customer-obsession/#in-practice', '/principles/customer-obsession/'],
	},
	{ href: '/glossary/#proxy', keys: ['/glossary/#proxy', '/glossary/'] },
	{ href: '../../sources/letter-2016/', keys: ['/sources/letter-2016/'] },
	{ href: '/sources/letter-2016/?highlight=proxy', keys: ['/sources/letter-2016/'] },
	{ href: 'https://day-one.example/paths/first-week/', keys: ['/paths/first-week/'] },
])('a link to $href is looked up as $keys', ({ href, keys }) => {
	expect(previewKeys(href, PAGE, '/')).toEqual(keys);
});

test.each([
	{ href: 'https://github.com/day-one/handbook', why: 'another site' },
	{ href: '#questions-for-you', why: 'a place on the page itself' },
	{ href: '/essays/process-as-a-proxy/#top', why: 'the page itself, by its address' },
	{ href: 'mailto:editors@day-one.example', why: 'not a web address' },
	{ href: 'http://[::1', why: 'not an address at all' },
])('a link to $why has no preview', ({ href }) => {
	expect(previewKeys(href, PAGE, '/')).toEqual([]);
});

test('under a sub-path, keys leave the base out, and links outside it have none', () => {
	const page = 'https://example.org/handbook/essays/tough-love/';
	expect(previewKeys('/handbook/glossary/#proxy', page, '/handbook/')).toEqual([
		'/glossary/#proxy',
		'/glossary/',
	]);
	expect(previewKeys('/handbook', page, '/handbook/')).toEqual([]);
	expect(previewKeys('/elsewhere/', page, '/handbook/')).toEqual([]);
	expect(linkPreview(data, '/handbook/glossary/#proxy', page, '/handbook/')).toEqual(term);
});

test('a link to a page shows its kind, title and summary, even to one of its sections', () => {
	expect(linkPreview(data, '/principles/customer-obsession/', PAGE, '/')).toEqual(principle);
	expect(linkPreview(data, '/principles/customer-obsession/#what-it-is-not', PAGE, '/')).toEqual(
		principle,
	);
});

test("a link to a glossary term shows the term's definition", () => {
	expect(linkPreview(data, '/glossary/#proxy', PAGE, '/')).toEqual(term);
});

test('a link to a list page, an unknown term or a page with no entry shows nothing', () => {
	expect(linkPreview(data, '/glossary/', PAGE, '/')).toBeUndefined();
	expect(linkPreview(data, '/glossary/#day-3', PAGE, '/')).toBeUndefined();
	expect(linkPreview(data, '/principles/', PAGE, '/')).toBeUndefined();
	expect(linkPreview(data, '/constructor/', PAGE, '/')).toBeUndefined();
});

test('the table keeps the first preview given for an address', () => {
	const table = previewData([
		{ path: '/a/', kind: 'Essay', title: 'First', summary: '' },
		{ path: '/a/', kind: 'Essay', title: 'Second', summary: '' },
	]);
	expect(table).toEqual({ '/a/': { kind: 'Essay', title: 'First', summary: '' } });
});
