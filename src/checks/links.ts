/**
 * Checks the internal links in page bodies: each leads to a page the site builds, and an anchor
 * (`#section`) names a heading or a section that page has.
 */
import GithubSlugger from 'github-slugger';
import { ALL_COLLECTIONS, collectionRecord, isCollectionName } from '../model/collections.ts';
import { PAGE_ANCHORS } from '../model/anchors.ts';
import { collectionPath, entryPath, staticRoutes } from '../model/urls.ts';
import type { ContentProblem } from './contentErrors.ts';
import { textPosition } from './positions.ts';
import { bodyHeadings } from './mdxBody.ts';
import type { ParsedEntry } from './rawEntry.ts';

/** Anchors of page furniture, which a message listing a page's sections leaves out. */
const FURNITURE_ANCHORS = new Set([
	...PAGE_ANCHORS,
	...ALL_COLLECTIONS.flatMap((name) => collectionRecord(name).anchors ?? []),
]);

/** Heading anchors of an MDX body, as Astro makes them. */
function headingSlugs(body: string): string[] {
	const slugger = new GithubSlugger();
	return bodyHeadings(body).map((heading) => slugger.slug(heading.text));
}

/** Root-relative links in an MDX body, markdown links and href attributes, with their offsets. */
function linksIn(body: string): Array<{ link: string; offset: number }> {
	const found = [
		...body.matchAll(/\]\((\/[^)\s]*)/g),
		...body.matchAll(/href=["'](\/[^"']*)["']/g),
	];
	return found
		.map((match) => ({ link: match[1]!, offset: match.index + match[0].indexOf(match[1]!) }))
		.sort((a, b) => a.offset - b.offset);
}

/** Internal links in page bodies that lead nowhere, or to an anchor the target page lacks. */
export function linkProblems(entries: ParsedEntry[]): ContentProblem[] {
	// Every page the site builds, with the anchors it has (null: any anchor, or none, is not checked).
	const anchors = new Map<string, Set<string> | null>();
	for (const route of staticRoutes(ALL_COLLECTIONS)) anchors.set(route, null);
	for (const name of ALL_COLLECTIONS) {
		// Entries that share their collection's page are its anchors.
		if (collectionRecord(name).pages !== 'anchor') continue;
		const ids = entries.filter((entry) => entry.collection === name).map((entry) => entry.id);
		anchors.set(collectionPath(name), new Set(ids));
	}
	for (const entry of entries) {
		if (!isCollectionName(entry.collection)) continue;
		const record = collectionRecord(entry.collection);
		if (record.pages === 'anchor') continue;
		const own = [...PAGE_ANCHORS, ...(record.anchors ?? [])];
		anchors.set(
			entryPath(entry.collection, entry.id),
			new Set([...own, ...headingSlugs(entry.body)]),
		);
	}
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		const lines: string[] = [];
		for (const { link, offset } of linksIn(entry.body)) {
			const { line, column } = textPosition(entry.body, offset, entry.bodyLine ?? 1);
			const at = `line ${line}, column ${column}: `;
			const [pathPart, fragment] = link.replace(/\?[^#]*/, '').split('#') as [
				string,
				string | undefined,
			];
			const path = pathPart.endsWith('/') || /\.[a-z]+$/.test(pathPart) ? pathPart : `${pathPart}/`;
			if (!anchors.has(path)) {
				lines.push(
					`${at}the link ${link} leads to no page.`,
					`Fix: link to an existing page, such as ${entryPath('principles', 'customer-obsession')}; page addresses end with a slash.`,
				);
				continue;
			}
			const known = anchors.get(path);
			if (fragment && known && !known.has(fragment)) {
				const listed = [...known].filter((anchor) => !FURNITURE_ANCHORS.has(anchor));
				lines.push(
					`${at}the link ${link} names the anchor #${fragment}, which ${path} does not have.`,
					`Expected one of: ${listed.join(', ') || '(no sections)'}.`,
				);
			}
		}
		if (lines.length) problems.push({ filePath: entry.filePath, lines });
	}
	return problems;
}
