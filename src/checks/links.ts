/**
 * Checks the internal links in page bodies: each leads to a page the site builds, and an anchor
 * (`#section`) names a heading or a section that page has.
 */
import GithubSlugger from 'github-slugger';
import { entryPath, PAGE_COLLECTIONS, withBase } from '../model/collections.ts';
import type { ContentProblem } from './contentErrors.ts';
import type { ParsedEntry } from './rawEntry.ts';

/** Routes that exist besides entry pages. */
const STATIC_ROUTES = ['/', '/search/', '/glossary/', '/rss.xml', '/sitemap-index.xml'];

/** Anchors an entry page has besides its headings: every page's, and a principle hub's own. */
const PAGE_ANCHORS = ['main', 'sources-heading', 'terms-heading'];
const PRINCIPLE_ANCHORS = [...PAGE_ANCHORS, 'illustrated-by', 'discussed-in'];

/** Heading anchors of an MDX body, as Astro makes them. */
function headingSlugs(body: string): string[] {
	const slugger = new GithubSlugger();
	return [...body.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)].map(([, text]) =>
		slugger.slug(text!.replace(/[*_`]/g, '')),
	);
}

/** Root-relative links in an MDX body: markdown links and href attributes. */
function linksIn(body: string): string[] {
	const markdown = [...body.matchAll(/\]\((\/[^)\s]*)/g)].map((match) => match[1]!);
	const html = [...body.matchAll(/href=["'](\/[^"']*)["']/g)].map((match) => match[1]!);
	return [...markdown, ...html];
}

/** Internal links in page bodies that lead nowhere, or to an anchor the target page lacks. */
export function linkProblems(entries: ParsedEntry[]): ContentProblem[] {
	const anchors = new Map<string, Set<string> | null>();
	for (const route of STATIC_ROUTES) anchors.set(route, null);
	for (const collection of PAGE_COLLECTIONS) anchors.set(withBase('/', `${collection}/`), null);
	anchors.set(
		'/glossary/',
		new Set(entries.filter((entry) => entry.collection === 'glossary').map((entry) => entry.id)),
	);
	for (const entry of entries) {
		if (entry.collection === 'glossary') continue;
		const own = entry.collection === 'principles' ? PRINCIPLE_ANCHORS : PAGE_ANCHORS;
		anchors.set(
			entryPath(entry.collection as (typeof PAGE_COLLECTIONS)[number], entry.id),
			new Set([...own, ...headingSlugs(entry.body)]),
		);
	}
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		const lines: string[] = [];
		for (const link of linksIn(entry.body)) {
			const [pathPart, fragment] = link.replace(/\?[^#]*/, '').split('#') as [
				string,
				string | undefined,
			];
			const path = pathPart.endsWith('/') || /\.[a-z]+$/.test(pathPart) ? pathPart : `${pathPart}/`;
			if (!anchors.has(path)) {
				lines.push(
					`The link ${link} leads to no page.`,
					`Fix: link to an existing page, such as ${entryPath('principles', 'customer-obsession')}; page addresses end with a slash.`,
				);
				continue;
			}
			const known = anchors.get(path);
			if (fragment && known && !known.has(fragment)) {
				const listed = [...known].filter((anchor) => !PRINCIPLE_ANCHORS.includes(anchor));
				lines.push(
					`The link ${link} names the anchor #${fragment}, which ${path} does not have.`,
					`Expected one of: ${listed.join(', ') || '(no sections)'}.`,
				);
			}
		}
		if (lines.length) problems.push({ filePath: entry.filePath, lines });
	}
	return problems;
}
