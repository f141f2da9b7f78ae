/**
 * The map of the principles and the timeline of the letters, read from the built pages and checked
 * against the content files themselves: every node and item leads to a built page, nothing that
 * names a principle is missing from the map, every letter and case study is on the timeline in
 * year order, and the map's list holds exactly the links its picture does.
 */
import { load, type CheerioAPI } from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ANCHORS } from '../../src/model/anchors.ts';
import type { CollectionName } from '../../src/model/collections.ts';
import { entryPath, sitePath } from '../../src/model/urls.ts';
import { builtSite } from './dist.ts';
import { publishedEntries } from './publishedEntries.ts';

const dist = builtSite();
const page = (path: string) => load(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const builtPageExists = (href: string) => existsSync(join(dist, href, 'index.html'));

interface Entry {
	collection: CollectionName;
	id: string;
	data: {
		principles?: string[];
		sources?: string[];
		kind?: string;
		covers?: number;
		year?: number;
	};
}
const of = (collection: CollectionName) => publishedEntries(collection) as Entry[];
const href = (entry: Entry) => entryPath(entry.collection, entry.id);
const letters = of('sources').filter((source) => source.data.kind === 'shareholder-letter');
const sorted = (hrefs: string[]) => [...new Set(hrefs)].sort();

/**
 * The principles an entry names. A letter names those in its own `principles` and those whose
 * pages cite it: the page traces its idea through the letter.
 */
const principlesOf = (entry: Entry) => [
	...(entry.data.principles ?? []),
	...(letters.includes(entry)
		? of('principles')
				.filter((principle) => (principle.data.sources ?? []).includes(entry.id))
				.map((principle) => principle.id)
		: []),
];

/** The links of a page's map: in the picture, and in the list beside it. */
function mapLinks($: CheerioAPI) {
	const picture = $('figure.principle-map svg a')
		.map((_, link) => $(link).attr('href')!)
		.get();
	const list = $('.principle-map-list a')
		.map((_, link) => $(link).attr('href')!)
		.get();
	return { picture, list };
}

describe.each([sitePath('map'), sitePath('home')])('the map on %s', (path) => {
	const $ = page(path);
	const { picture, list } = mapLinks($);

	test('every node is a link to a built page, and names it', () => {
		expect(picture.length).toBeGreaterThan(40);
		expect(picture.filter((link) => !builtPageExists(link))).toEqual([]);
		$('figure.principle-map svg a').each((_, link) => {
			expect($(link).children('title').text().trim(), $(link).attr('href')).not.toBe('');
		});
	});

	test('every principle, and every case study, essay and letter that names one, is a node', () => {
		const expected = [
			...of('principles'),
			...[...of('case-studies'), ...of('essays'), ...letters].filter(
				(entry) => principlesOf(entry).length > 0,
			),
		].map(href);
		expect(sorted(picture)).toEqual(sorted(expected));
		expect(picture).toHaveLength(new Set(picture).size);
	});

	test('the list beside the picture holds the same links', () => {
		expect(sorted(list)).toEqual(sorted(picture));
	});

	test('the list files each page under every principle it names, and no other', () => {
		$('.principle-map-list > ul > li').each((_, item) => {
			const principle = $(item).children('a').attr('href')!;
			const listed = $(item)
				.find('ul a')
				.map((_, link) => $(link).attr('href')!)
				.get();
			const naming = [...of('case-studies'), ...of('essays'), ...letters]
				.filter((entry) =>
					principlesOf(entry).some((id) => entryPath('principles', id) === principle),
				)
				.map(href);
			expect(sorted(listed), principle).toEqual(sorted(naming));
		});
	});

	test('the picture is a labelled group, so its links stay reachable and named', () => {
		const svg = $('figure.principle-map svg');
		expect(svg.attr('role')).toBe('group');
		expect(svg.attr('aria-label')).toBe('Map of the principles');
		expect($('figure.principle-map svg [aria-hidden="true"] a')).toHaveLength(0);
	});
});

test.each(of('principles').map((principle) => [principle.id, principle] as const))(
	'the %s page lists under "Through the letters" every letter that names it, those it cites among them',
	(id, principle) => {
		const $ = page(href(principle));
		const listed = $(`section[aria-labelledby="${ANCHORS.throughTheLetters}"] a`)
			.map((_, link) => $(link).attr('href')!)
			.get();
		const cited = letters.filter((letter) => (principle.data.sources ?? []).includes(letter.id));
		expect(cited.length).toBeGreaterThan(0);
		expect(sorted(listed)).toEqual(
			sorted(letters.filter((letter) => principlesOf(letter).includes(id)).map(href)),
		);
		for (const letter of cited) expect(listed).toContain(href(letter));
	},
);

describe('the timeline', () => {
	const $ = page(sitePath('timeline'));
	const items = $('ol.timeline > li');
	const years = items.map((_, item) => Number($(item).find('h2 time').attr('datetime'))).get();

	test('has one item a year, in order, from the first letter to the last', () => {
		const covered = letters.map((letter) => letter.data.covers!);
		const first = Math.min(...covered);
		const last = Math.max(...covered);
		expect(years).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
	});

	test('every letter page and every case study is under its year, linking to its page', () => {
		const under = (year: number) =>
			items
				.eq(years.indexOf(year))
				.find('a')
				.map((_, link) => $(link).attr('href')!)
				.get();
		for (const letter of letters) expect(under(letter.data.covers!)).toContain(href(letter));
		for (const study of of('case-studies')) expect(under(study.data.year!)).toContain(href(study));
		const links = items
			.find('a')
			.map((_, link) => $(link).attr('href')!)
			.get();
		expect(links.filter((link) => !builtPageExists(link))).toEqual([]);
		expect(links).toHaveLength(letters.length + of('case-studies').length);
	});

	test('a year with no letter page says so', () => {
		const missing = years.filter((year) => !letters.some((letter) => letter.data.covers === year));
		expect(missing).toContain(1998);
		for (const year of missing)
			expect(items.eq(years.indexOf(year)).text()).toContain(
				`This handbook has no page for a letter covering ${year}.`,
			);
	});
});

test('the principles list links to the map, the sources list to the timeline; both are in the sitemap', () => {
	const links = (path: string, to: string) => page(path)(`main a[href="${to}"]`).length;
	expect(links(sitePath('home'), sitePath('timeline'))).toBe(1);
	expect(links(sitePath('home'), sitePath('map'))).toBe(1);
	expect(links('principles', sitePath('map'))).toBe(1);
	expect(links('sources', sitePath('timeline'))).toBe(1);
	const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
	for (const path of [sitePath('map'), sitePath('timeline')])
		expect(sitemap).toMatch(new RegExp(`<loc>[^<]+${path}</loc>`));
});

test.each([sitePath('map'), sitePath('timeline')])(
	'on %s no link runs into the word after it',
	(path) => {
		const $ = page(path);
		const runOn = $('main a')
			.filter((_, link) =>
				/^[A-Za-z]/.test(link.nextSibling?.type === 'text' ? $(link.nextSibling).text() : ''),
			)
			.map((_, link) => $(link).text())
			.get();
		expect(runOn).toEqual([]);
	},
);
