/**
 * Checks the links of a built site: every internal link must lead to a page or file that exists,
 * and every fragment to an id on that page. Pure: the caller reads the files.
 */

/** A built HTML page: its URL path (such as `/essays/x/`) and its HTML. */
export interface BuiltPage {
	path: string;
	html: string;
}

/** A link that leads nowhere. */
export interface BrokenLink {
	/** The page the link is on. */
	from: string;
	href: string;
	reason: 'no such page' | 'no such anchor';
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;

function ids(html: string): Set<string> {
	return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

function decode(value: string): string {
	return value
		.replace(/&amp;/g, '&')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"');
}

/**
 * Internal links on `pages` (same origin, under `base`) whose target is not among `pages` or
 * `files`, or whose fragment names no id on the target. External links are not checked.
 */
export function brokenLinks(pages: BuiltPage[], files: Set<string>, base = '/'): BrokenLink[] {
	const byPath = new Map(pages.map((page) => [page.path, page]));
	const idCache = new Map<string, Set<string>>();
	const idsOf = (path: string) => {
		if (!idCache.has(path)) idCache.set(path, ids(byPath.get(path)!.html));
		return idCache.get(path)!;
	};
	const broken: BrokenLink[] = [];
	for (const page of pages) {
		for (const [, raw] of page.html.matchAll(ATTRIBUTE)) {
			const href = decode(raw!);
			if (!href || /^(https?:|mailto:|data:|javascript:)/.test(href) || href.startsWith('//'))
				continue;
			const url = new URL(href, `http://site${page.path}`);
			const path = decodeURIComponent(url.pathname);
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (!path.startsWith(base)) {
				broken.push({ from: page.path, href, reason: 'no such page' });
				continue;
			}
			const target = byPath.has(path) ? path : byPath.has(`${path}/`) ? `${path}/` : undefined;
			if (!target) {
				if (!files.has(path)) broken.push({ from: page.path, href, reason: 'no such page' });
				continue;
			}
			if (fragment && fragment !== 'main' && !idsOf(target).has(fragment)) {
				broken.push({ from: page.path, href, reason: 'no such anchor' });
			}
		}
	}
	return broken;
}
