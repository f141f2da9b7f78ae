/**
 * Every consumer of the registry serves every collection in it: the header, the list pages, the
 * entry pages with their kind, the search filters and vocabulary, the feed and the sitemap. A
 * collection that one of them leaves out fails here, not in front of a reader.
 */
import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	ALL_COLLECTIONS,
	COLLECTIONS,
	type CollectionName,
	type CollectionRecord,
} from '../../src/model/collections.ts';
import { collectionPath, entryPath } from '../../src/model/urls.ts';
import { readSearchData, type SearchDataFile } from '../../src/search/searchVocabulary.ts';
import { builtSite } from './dist.ts';
import { contentEntries, publishedIds } from './publishedEntries.ts';

const dist = builtSite();
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
/** The built page at a site path such as `/essays/x/`. */
const page = (path: string) => load(read(join(path.split('#')[0]!, 'index.html')));

const home = page('/');
const search = page('/search/');
const sitemap = read('sitemap-0.xml');
const feed = read('rss.xml');
const vocabulary = Object.keys(
	readSearchData(JSON.parse(read('search-data.json')) as SearchDataFile).vocabulary,
);

describe.each(ALL_COLLECTIONS)('%s', (collection) => {
	const record = COLLECTIONS[collection] as CollectionRecord<CollectionName>;
	const ids = publishedIds(collection);

	test('has published entries to check', () => {
		expect(ids.length).toBeGreaterThan(0);
	});

	test('has its place in the header when its record names one', () => {
		const links = home('header nav a')
			.map((_, link) => `${home(link).text().trim()} ${home(link).attr('href')}`)
			.get();
		if (record.nav) expect(links).toContain(`${record.nav} ${collectionPath(collection)}`);
		else expect(links.join(' ')).not.toContain(collectionPath(collection));
	});

	test('has a page that lists or holds every entry, titled with its plural name', () => {
		const list = page(collectionPath(collection));
		expect(list('h1').text()).toBe(record.label.many);
		const targets = list('main a')
			.map((_, link) => list(link).attr('href'))
			.get();
		const anchors = list('main [id]')
			.map((_, element) => list(element).attr('id'))
			.get();
		for (const id of ids) {
			if (record.pages === 'own') expect(targets).toContain(entryPath(collection, id));
			else expect(anchors).toContain(id);
		}
	});

	test('gives each entry a page searchable by its kind, and lists it in the sitemap', () => {
		for (const id of ids) {
			const path = entryPath(collection, id);
			const built = page(path);
			expect(built('[data-pagefind-body]').attr('data-pagefind-filter')).toBe(
				`type:${record.label.one}`,
			);
			expect(sitemap).toContain(`${path.split('#')[0]}<`);
		}
	});

	test('is a kind readers can filter search by', () => {
		const kinds = search('input[name="type"]')
			.map((_, box) => search(box).attr('value'))
			.get();
		expect(kinds).toContain(record.label.one);
	});

	test('adds its words to the vocabulary that corrects typos', () => {
		const data = dataOf(collection, ids[0]!) as { title?: string; term?: string };
		const words = (data.title ?? data.term ?? '').toLowerCase().match(/[a-z]{4,}/g) ?? [];
		expect(words.some((word) => vocabulary.includes(word))).toBe(true);
	});

	test('is in the feed exactly when its record has a feed', () => {
		for (const id of ids) {
			const link = `${entryPath(collection, id)}</link>`;
			if (record.feed) expect(feed).toContain(link);
			else expect(feed).not.toContain(link);
		}
	});
});

/** An entry's front matter as read from disk. */
function dataOf(collection: CollectionName, id: string): unknown {
	return contentEntries.find((entry) => entry.collection === collection && entry.id === id)!.data;
}
