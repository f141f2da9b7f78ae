/**
 * The link preview data (previews.json) covers the site: every published entry has a preview that
 * says what its own page says (its kind, title and lead, or a term's name and definition), and
 * every link in any page's article that leads to an entry or a term finds that entry's preview,
 * while links to list pages and other site pages find none.
 */
import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ALL_COLLECTIONS, COLLECTIONS } from '../../src/model/collections.ts';
import { entryPath, sitePath } from '../../src/model/urls.ts';
import { linkPreview, type PreviewData } from '../../src/reading/linkPreview.ts';
import { readBuiltSite } from '../build/readBuiltSite.ts';
import { builtSite } from './dist.ts';
import { publishedIds } from './publishedEntries.ts';

const dist = builtSite();
const data = JSON.parse(readFileSync(join(dist, sitePath('previews')), 'utf8')) as PreviewData;
const { pages } = readBuiltSite(dist);
const html = new Map(pages.map((page) => [page.path, load(page.html)]));
const text = (value: string) => value.replace(/\s+/g, ' ').trim();

/** Every published entry's address, by collection. */
const published = ALL_COLLECTIONS.flatMap((collection) =>
	publishedIds(collection).map((id) => ({ collection, path: entryPath(collection, id) })),
);
const entryPaths = new Set(published.map((entry) => entry.path));

/** What the built site shows of the entry at `path`: its page's kind, title and lead, or its term. */
function shownAt(path: string) {
	const [page, id] = path.split('#') as [string, string | undefined];
	const $ = html.get(page)!;
	if (id) {
		const heading = $(`[id="${id}"]`);
		return { title: text(heading.text()), summary: text(heading.next('p').text()) };
	}
	return {
		kind: text($('main article .kind').first().text()),
		title: text($('main article h1').text()),
		summary: text($('main article .lead').first().text()),
	};
}

describe.each(ALL_COLLECTIONS)('%s', (collection) => {
	const entries = published.filter((entry) => entry.collection === collection);

	test('every published entry has a preview that says what its page says', () => {
		expect(entries.length).toBeGreaterThan(0);
		for (const { path } of entries) {
			const preview = data[path];
			expect(preview, path).toBeDefined();
			expect(preview!.kind, path).toBe(COLLECTIONS[collection].label.one);
			expect({ ...preview, summary: text(preview!.summary) }, path).toMatchObject(shownAt(path));
		}
	});
});

test('the data holds previews of published entries only', () => {
	expect(Object.keys(data).sort()).toEqual([...entryPaths].sort());
});

test("every link in an article to an entry or a term finds that entry's preview, and no other link finds one", () => {
	const checked = { previewed: 0, plain: 0 };
	for (const page of pages) {
		const $ = html.get(page.path)!;
		const here = `https://day-one.example${page.path}`;
		$('main article a[href]').each((_, link) => {
			const href = $(link).attr('href')!;
			const target = new URL(href, here);
			if (target.origin !== new URL(here).origin || target.pathname === page.path) return;
			const entry = [`${target.pathname}${target.hash}`, target.pathname].find((path) =>
				entryPaths.has(path),
			);
			const preview = linkPreview(data, href, here, '/');
			if (entry) {
				expect(preview, `${page.path} links ${href}`).toEqual(data[entry]);
				checked.previewed += 1;
			} else {
				expect(preview, `${page.path} links ${href}`).toBeUndefined();
				checked.plain += 1;
			}
		});
	}
	// Links of both kinds were seen: a selector that matched nothing would pass the loop above.
	expect(checked.previewed).toBeGreaterThan(500);
	expect(checked.plain).toBeGreaterThan(50);
});
