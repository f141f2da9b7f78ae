/**
 * The site's collections as plain data: which ones become pages, what each is called, where its
 * pages live. Shared by the content model, the routes and the build guards.
 */

/** Collections whose entries each get a page of their own, in the order the site lists them. */
export const PAGE_COLLECTIONS = [
	'principles',
	'case-studies',
	'essays',
	'paths',
	'sources',
] as const;

/** Every collection, including those shown together on one page. */
export const ALL_COLLECTIONS = [...PAGE_COLLECTIONS, 'glossary'] as const;

export type PageCollection = (typeof PAGE_COLLECTIONS)[number];
export type CollectionName = (typeof ALL_COLLECTIONS)[number];

/** The file extension a new entry of each collection takes. */
export const ENTRY_EXTENSIONS: Record<CollectionName, string> = {
	principles: '.mdx',
	'case-studies': '.mdx',
	essays: '.mdx',
	paths: '.yaml',
	sources: '.yaml',
	glossary: '.yaml',
};

/** Kinds of source documents the site cites. */
export const SOURCE_KINDS = [
	'shareholder-letter',
	'leadership-principle',
	'video',
	'article',
] as const;

/** A reader-facing name for each collection: singular for one entry, plural for a list. */
export const COLLECTION_LABELS: Record<CollectionName, { one: string; many: string }> = {
	principles: { one: 'Principle', many: 'Principles' },
	'case-studies': { one: 'Case study', many: 'Case studies' },
	essays: { one: 'Essay', many: 'Essays' },
	paths: { one: 'Onboarding path', many: 'Onboarding paths' },
	sources: { one: 'Source', many: 'Sources' },
	glossary: { one: 'Glossary term', many: 'Glossary' },
};

/** A reader-facing name for each kind of source. */
export const SOURCE_KIND_LABELS: Record<(typeof SOURCE_KINDS)[number], string> = {
	'shareholder-letter': 'Shareholder letter',
	'leadership-principle': 'Leadership principle',
	video: 'Video',
	article: 'Article',
};

/** Joins `base` (Astro's `base`, such as `/` or `/handbook/`) and a site path without doubling slashes. */
export function withBase(base: string, path: string): string {
	return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * The URL path of an entry's page, with a trailing slash. Glossary terms share one page and are
 * reached by their anchor.
 */
export function entryPath(collection: CollectionName, id: string, base = '/'): string {
	if (collection === 'glossary') return withBase(base, `glossary/#${id}`);
	return withBase(base, `${collection}/${id}/`);
}

/** The URL path of a collection's list page. */
export function collectionPath(collection: CollectionName, base = '/'): string {
	return withBase(base, `${collection}/`);
}
