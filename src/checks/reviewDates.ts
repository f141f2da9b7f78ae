/**
 * Checks that a page's `reviewBy` date comes after its `published` date: a review due before the
 * page appeared means one of the two dates is mistyped, and the page would call itself out of date
 * from its first day.
 */
import type { ContentProblem } from './contentErrors.ts';
import { atField } from './fieldLines.ts';
import type { ParsedEntry } from './rawEntry.ts';

/** A date as YYYY-MM-DD, as the front matter writes it. */
const ymd = (date: Date) => date.toISOString().slice(0, 10);

/** The date six months after `date`, for the message's example. */
function sixMonthsAfter(date: Date): Date {
	const later = new Date(date);
	later.setUTCMonth(later.getUTCMonth() + 6);
	return later;
}

/** A problem for every entry whose `reviewBy` is before its `published`. */
export function reviewDateProblems(entries: ParsedEntry[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		const { published, reviewBy } = entry.data;
		if (!(published instanceof Date) || !(reviewBy instanceof Date)) continue;
		if (reviewBy.getTime() >= published.getTime()) continue;
		problems.push({
			filePath: entry.filePath,
			lines: [
				`${atField(entry, ['reviewBy'], 'reviewBy')}: ${ymd(reviewBy)} is before published: ${ymd(published)}; a page is reviewed after it is published.`,
				`Fix: correct whichever date is mistyped; to review the page six months after it is published, write reviewBy: ${ymd(sixMonthsAfter(published))}.`,
			],
		});
	}
	return problems;
}
