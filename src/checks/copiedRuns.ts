/**
 * Finds runs of words a page shares with another text: the originality check that keeps every
 * page in our own words. Text inside `<Quote>` and quotation marks is a quotation, not a copy.
 */
import { proseOutsideQuotes } from './quotations.ts';

/** The shortest shared run that counts as copied. */
export const COPIED_RUN_WORDS = 8;

/** A text to compare against, such as a blog post. */
export interface ReferenceText {
	name: string;
	text: string;
}

/** A run of words that a page and a reference text share. */
export interface CopiedRun {
	reference: string;
	words: string;
}

/** Lower-case words with punctuation dropped and curly apostrophes made straight. */
function words(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.split(/[^a-z0-9'$%]+/)
		.map((word) => word.replace(/^'+|'+$/g, ''))
		.filter(Boolean);
}

function withoutQuotedText(text: string): string {
	return proseOutsideQuotes(text).replace(/“[^”]*”|"[^"\n]*"/g, ' | ');
}

/**
 * Every run of at least `minWords` consecutive words in `page` (outside quotations) that also
 * stands in one of `references`. Overlapping matches are merged into one run.
 */
export function findCopiedRuns(
	page: string,
	references: ReferenceText[],
	minWords = COPIED_RUN_WORDS,
): CopiedRun[] {
	const pageWords = words(withoutQuotedText(page));
	const runs: CopiedRun[] = [];
	for (const reference of references) {
		const refWords = words(reference.text);
		const shingles = new Set<string>();
		for (let i = 0; i + minWords <= refWords.length; i++)
			shingles.add(refWords.slice(i, i + minWords).join(' '));
		let runEnd = -1;
		let runStart = -1;
		for (let i = 0; i + minWords <= pageWords.length; i++) {
			if (!shingles.has(pageWords.slice(i, i + minWords).join(' '))) continue;
			if (i <= runEnd) {
				runEnd = i + minWords - 1;
				continue;
			}
			if (runStart >= 0)
				runs.push({
					reference: reference.name,
					words: pageWords.slice(runStart, runEnd + 1).join(' '),
				});
			runStart = i;
			runEnd = i + minWords - 1;
		}
		if (runStart >= 0)
			runs.push({
				reference: reference.name,
				words: pageWords.slice(runStart, runEnd + 1).join(' '),
			});
	}
	return runs;
}
