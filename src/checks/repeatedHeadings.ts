/**
 * Checks that no two headings of a page have the same id. Astro gives each heading an id from its
 * words (as github-slugger makes it) and a repeat the same id with `-1` after it, so two headings
 * with the same words are two sections a link to `#id` cannot tell apart, and a reader scanning
 * the page cannot either. A heading whose id is one the page gives a section of its own (such as
 * `#discussed-in` on a principle) repeats that id outright.
 */
import { collectionRecord, isCollectionName } from '../model/collections.ts';
import { PAGE_ANCHORS } from '../model/anchors.ts';
import type { ContentProblem } from './contentErrors.ts';
import { bodyHeadings } from './mdxBody.ts';
import type { ParsedEntry } from './rawEntry.ts';

/** Every heading of `entry`'s body whose id an earlier heading or the page itself already has. */
export function repeatedHeadingProblems(entry: ParsedEntry): ContentProblem[] {
	const bodyLine = entry.bodyLine ?? 1;
	const pageIds = new Set([
		...PAGE_ANCHORS,
		...(isCollectionName(entry.collection)
			? (collectionRecord(entry.collection).anchors ?? [])
			: []),
	]);
	const firstLine = new Map<string, number>();
	const lines: string[] = [];
	for (const heading of bodyHeadings(entry.body)) {
		const line = bodyLine + heading.bodyLine;
		const marks = '#'.repeat(heading.depth);
		if (pageIds.has(heading.slug)) {
			lines.push(
				`line ${line}: the heading "${marks} ${heading.text}" would have the id #${heading.slug}, which the page already gives a section of its own.`,
				'Fix: word the heading another way, so the page has one section with that id.',
			);
			continue;
		}
		const first = firstLine.get(heading.slug);
		if (first === undefined) {
			firstLine.set(heading.slug, line);
			continue;
		}
		lines.push(
			`line ${line}: the heading "${marks} ${heading.text}" repeats the heading on line ${first}, so both would have the id #${heading.slug} (Astro would make this one #${heading.slug}-1, and links to #${heading.slug} lead to the first).`,
			'Fix: give this section a heading of its own, or merge it into the first.',
		);
	}
	return lines.length > 0 ? [{ filePath: entry.filePath, lines }] : [];
}
