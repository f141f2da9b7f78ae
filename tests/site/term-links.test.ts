/**
 * Glossary terms linked in the text, on every built page: each link obeys the rules of
 * `src/reading/termLinks.ts` and leads to its definition, and "Terms on this page" lists exactly
 * the terms the text links.
 */
import { load, type CheerioAPI } from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readBuiltSite } from '../build/readBuiltSite.ts';
import { builtSite } from './dist.ts';

const DIST = builtSite();
// Entry pages (`/<collection>/<id>/`): the pages with a text of their own.
const pages = readBuiltSite(DIST)
	.pages.filter((page) => /^\/[a-z-]+\/[^/]+\/$/.test(page.path))
	.map((page) => ({ path: page.path, $: load(page.html) }));
const glossaryPage = load(readFileSync(join(DIST, 'glossary/index.html'), 'utf8'));

/** Where no term may be linked: headings, other links, quotations and code. */
const CLOSED = 'h1, h2, h3, h4, h5, h6, a, blockquote, q, code, pre';

function termLinksOn($: CheerioAPI) {
	return $('a[data-term]')
		.toArray()
		.map((link) => ({
			id: $(link).attr('data-term') ?? '',
			href: $(link).attr('href'),
			text: $(link).text(),
			closedAncestors: $(link).parents(CLOSED).length,
		}));
}

test('pages link glossary terms in their text', () => {
	const linking = pages.filter(({ $ }) => termLinksOn($).length > 0);
	expect(linking.length).toBeGreaterThan(40);
});

test('a known sentence links its term, in the author’s words, to the definition', () => {
	const essay = pages.find(
		(page) => page.path === '/essays/two-way-doors-and-disagree-and-commit/',
	);
	const link = essay!.$('article p a[data-term="two-way-door"]');
	expect(link.text()).toBe('two-way doors');
	expect(link.attr('href')).toBe('/glossary/#two-way-door');
	expect(link.parent().text()).toMatch(
		/splits decisions into one-way doors, .* and two-way doors,/,
	);
});

test('a link the author wrote to a definition is marked as the term’s one link', () => {
	const principle = pages.find((page) => page.path === '/principles/high-velocity-decisions/');
	const links = principle!.$('a[data-term="one-way-door"]');
	expect(links.length).toBe(1);
	expect(links.text()).toBe('one-way door');
	expect(links.parent().text()).toMatch(/^The glossary defines one-way door,/);
});

test.each(pages.map((page) => [page.path, page.$] as const))(
	'%s: each term is linked at most once, outside headings, links, quotations and code, to its definition',
	(path, $) => {
		const links = termLinksOn($);
		for (const link of links) {
			expect(link.closedAncestors, `"${link.text}" sits inside ${CLOSED}`).toBe(0);
			expect(link.href).toBe(`/glossary/#${link.id}`);
			expect(glossaryPage(`[id="${link.id}"]`).length, `#${link.id} on the glossary page`).toBe(1);
		}
		// Links the author wrote to a definition carry the mark too: the plugin adds none beside them.
		const ids = links.map((link) => link.id);
		expect(ids.length, 'a term linked twice').toBe(new Set(ids).size);
		// A page never links the term that shares its id: it is the page about that term.
		expect(ids).not.toContain(path.split('/').at(-2));
	},
);

test.each(pages.map((page) => [page.path, page.$] as const))(
	'%s: "Terms on this page" lists exactly the terms its text links',
	(_path, $) => {
		const listed = $('section[aria-labelledby="terms-heading"] a')
			.toArray()
			.map((link) => $(link).attr('href'));
		const linked = termLinksOn($).map((link) => link.href);
		expect(listed.sort()).toEqual(linked.sort());
	},
);
