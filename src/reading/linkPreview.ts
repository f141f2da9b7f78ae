/**
 * Which preview a link gets: the kind, title and summary of the page it leads to, or a glossary
 * term's definition. The site's previews are one table, keyed by the root-relative address of
 * what each previews (`entryPath()`: a page's address, or a term's anchor on the glossary
 * page); a link is matched to a key from its href alone, so the browser needs no knowledge of how
 * addresses are shaped.
 */

/** What a link's preview shows. */
export interface Preview {
	/** The kind of page ("Principle"), from the collection's record. */
	kind: string;
	title: string;
	/** The page's lead, or a term's definition. */
	summary: string;
}

/** Every preview on the site, by the root-relative address of the entry it previews. */
export type PreviewData = Record<string, Preview>;

/** One entry's preview with its address, as the route lists them. */
export interface PreviewItem extends Preview {
	/** Root-relative, without the base: `entryPath(collection, id)`. */
	path: string;
}

/** The preview table of `items`. The first of two items at one address wins. */
export function previewData(items: readonly PreviewItem[]): PreviewData {
	const data: PreviewData = {};
	for (const { path, kind, title, summary } of items) data[path] ??= { kind, title, summary };
	return data;
}

/**
 * The keys `href` may be found under, most specific first (address and fragment, then address),
 * or none when it leads off the site, outside `root` (the home page's path, `sitePath('home')`),
 * or to a place on `page` itself.
 */
export function previewKeys(href: string, page: string, root: string): string[] {
	let target: URL;
	try {
		target = new URL(href, page);
	} catch {
		return [];
	}
	const here = new URL(page);
	if (target.origin !== here.origin || target.pathname === here.pathname) return [];
	if (!target.pathname.startsWith(root)) return [];
	const path = `/${target.pathname.slice(root.length)}`;
	return target.hash.length > 1 ? [`${path}${target.hash}`, path] : [path];
}

/** The preview for a link to `href` on `page`, if it leads to an entry of the site. */
export function linkPreview(
	data: PreviewData,
	href: string,
	page: string,
	root: string,
): Preview | undefined {
	for (const key of previewKeys(href, page, root)) if (Object.hasOwn(data, key)) return data[key];
	return undefined;
}
