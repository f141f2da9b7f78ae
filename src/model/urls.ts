/**
 * Every address on the site, and the one place that knows how they are shaped. Pages, components,
 * checks and scripts ask here; none writes a site path of its own (a unit test greps `src/`).
 * Every function takes Astro's `base` (such as `/` or `/handbook/`) so the site can live under a
 * sub-path; leave it out for root-relative paths, as authors write them.
 */
import { collectionRecord, type CollectionName } from './collections.ts';

/** Joins `base` and a site path without doubling slashes. */
export function withBase(base: string, path: string): string {
	return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** The page that lists a collection, or holds all of its entries when they share one page. */
export function collectionPath(collection: CollectionName, base = '/'): string {
	return withBase(base, `${collection}/`);
}

/**
 * The address of an entry: its own page, with a trailing slash, or its anchor on its
 * collection's shared page.
 */
export function entryPath(collection: CollectionName, id: string, base = '/'): string {
	if (collectionRecord(collection).pages === 'anchor')
		return `${collectionPath(collection, base)}#${id}`;
	return withBase(base, `${collection}/${id}/`);
}

/** An entry page's text as Markdown, beside the page: `/principles/customer-obsession.md`. */
export function markdownPath(collection: CollectionName, id: string, base = '/'): string {
	return withBase(base, `${collection}/${id}.md`);
}

/** The folder the pages' social cards (their OpenGraph images) are built into. */
const SOCIAL_CARDS_FOLDER = 'og';

/**
 * The file name of the social card of the page at `pagePath` (root-relative, as `entryPath()`
 * gives it without a base): the page's address under the cards' folder, without the slashes at
 * its ends, as a PNG. The home page's card is `og/index.png`. It is also the card route's parameter.
 */
export function socialCardName(pagePath: string): string {
	const page = pagePath.replace(/^\/+|\/+$/g, '') || 'index';
	return `${SOCIAL_CARDS_FOLDER}/${page}.png`;
}

/** The address of a page's social card, a PNG: `/og/principles/customer-obsession.png`. */
export function socialCardPath(pagePath: string, base = '/'): string {
	return withBase(base, socialCardName(pagePath));
}

/** An address of the site as an absolute URL on its host, for meta tags that need one. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
	return new URL(path, site).href;
}

/** The last part of a path's print version's address, after the path's own. */
const PRINT_SEGMENT = 'print/';

/** A reading path as one document to print or save as PDF: every step's page, in order. */
export function printPath(pathId: string, base = '/'): string {
	return `${entryPath('paths', pathId, base)}${PRINT_SEGMENT}`;
}

/**
 * Whether `url` (a full address or a path) is a path's print version: a copy of pages that have
 * addresses of their own, so the sitemap leaves it out and its canonical URL is the path's page.
 */
export function isPrintPath(url: string, base = '/'): boolean {
	const pathname = new URL(url, 'http://localhost').pathname;
	const paths = collectionPath('paths', base);
	const rest = pathname.startsWith(paths) ? pathname.slice(paths.length) : '';
	return /^[^/]+\/$/.test(rest.slice(0, -PRINT_SEGMENT.length)) && rest.endsWith(PRINT_SEGMENT);
}

/** The addresses of the site's own pages and files, besides collections and entries. */
export const SITE_PATHS = {
	home: '',
	search: 'search/',
	/** The map of the principles, the letters that state them and the pages that show them. */
	map: 'map/',
	/** The letters year by year, with the case studies of each year. */
	timeline: 'timeline/',
	feed: 'rss.xml',
	sitemap: 'sitemap-index.xml',
	favicon: 'favicon.svg',
	searchData: 'search-data.json',
	/** Every link preview's kind, title and summary; fetched on a reader's first hover or focus. */
	previews: 'previews.json',
	/** The handbook's outline for tools that read text, linking each page's Markdown. */
	llms: 'llms.txt',
	/** Search records besides pages (glossary terms); only the build reads it, then deletes it. */
	searchRecords: 'search-records.json',
	/** The folder of Pagefind's index, and its script. */
	pagefindFolder: 'pagefind/',
	pagefind: 'pagefind/pagefind.js',
} as const;

/** One of the site's own addresses, under `base`. */
export function sitePath(name: keyof typeof SITE_PATHS, base = '/'): string {
	return withBase(base, SITE_PATHS[name]);
}

/**
 * Every page address a link in content may lead to besides entries: the home page, search, the
 * map, the timeline, the feed, the sitemap and each collection's page. Root-relative, as authors write links.
 */
export function staticRoutes(collections: readonly CollectionName[]): string[] {
	const own = (['home', 'search', 'map', 'timeline', 'feed', 'sitemap'] as const).map((name) =>
		sitePath(name),
	);
	return [...own, ...collections.map((collection) => collectionPath(collection))];
}

/**
 * The address a link in content should point to. Authors write links from the site root
 * (`/principles/customer-obsession/`); under a sub-path such as `/handbook/` they get the base in
 * front. External links, fragments and links already under the base stay as written.
 */
export function contentHref(href: string, base: string): string {
	if (base === '/' || !href.startsWith('/') || href.startsWith('//') || href.startsWith(base))
		return href;
	return withBase(base, href);
}
