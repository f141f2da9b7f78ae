/**
 * Checks that no two pages share a title (ignoring case and surrounding spaces), so readers and
 * search can tell them apart. The first page with a title keeps it; each later one is told.
 */
import { collectionRecord, isCollectionName } from '../model/collections.ts';
import type { ContentProblem } from './contentErrors.ts';
import type { ParsedEntry } from './rawEntry.ts';

/** The title of a page, for the duplicate check. Kinds whose records allow a shared title (a
 * glossary term may share its name with the page that explains it at length) are left out. */
function titleOf(entry: ParsedEntry): string | undefined {
	if (!isCollectionName(entry.collection) || !collectionRecord(entry.collection).uniqueTitles)
		return undefined;
	return typeof entry.data.title === 'string' ? entry.data.title : undefined;
}

/** A problem for every page of `entries` whose title an earlier page already has. */
export function duplicateTitleProblems(entries: ParsedEntry[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const firstWithTitle = new Map<string, string>();
	for (const entry of entries) {
		const title = titleOf(entry);
		if (!title) continue;
		const key = title.trim().toLowerCase();
		const first = firstWithTitle.get(key);
		if (first) {
			problems.push({
				filePath: entry.filePath,
				lines: [
					`title: "${title}" is already the title of ${first}.`,
					'Fix: give this page a title of its own, so readers and search can tell the two apart.',
				],
			});
		} else firstWithTitle.set(key, entry.filePath);
	}
	return problems;
}
