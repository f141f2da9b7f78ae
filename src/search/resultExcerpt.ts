/**
 * The excerpt under a search result: the passage of the page where the reader's words are
 * densest, with those words marked, leaving out the page's title, which the result already shows
 * as its link. Built from Pagefind's page text and matched word positions, whose own excerpt
 * often repeats the title.
 */
import { escapeHtml } from './escapeHtml.ts';
import { searchWords } from './searchWords.ts';

/** How many words an excerpt shows. */
export const EXCERPT_WORDS = 24;

/** How many of the first `words` spell `title`, or 0 when the text does not start with it. */
export function titleWordCount(words: readonly string[], title: string): number {
	const wanted = searchWords(title).join(' ');
	if (!wanted) return 0;
	let spelled = '';
	for (let count = 1; count <= words.length; count++) {
		spelled = searchWords(words.slice(0, count).join(' ')).join(' ');
		if (spelled === wanted) return count;
		if (!wanted.startsWith(spelled)) return 0;
	}
	return 0;
}

/** The first word of the `length`-word window, at or after `from`, holding the most matches. */
function densestStart(marked: Set<number>, from: number, end: number, length: number): number {
	// Only the title matched: the text right after it says what the page is about.
	if (marked.size === 0) return from;
	const starts: number[] = [];
	let best = -1;
	// A sliding window: each step adds the word entering it and drops the word leaving it.
	let count = 0;
	for (let i = from; i < from + length; i++) if (marked.has(i)) count++;
	for (let start = from; start <= Math.max(from, end - length); start++) {
		if (start > from)
			count += Number(marked.has(start + length - 1)) - Number(marked.has(start - 1));
		if (count > best) {
			best = count;
			starts.length = 0;
		}
		if (count === best) starts.push(start);
	}
	// Of equally dense windows in a row, the middle one gives the matches context on both sides.
	const run = starts.filter((start, i) => i === 0 || start === starts[i - 1]! + 1);
	return run[Math.floor(run.length / 2)] ?? from;
}

/** A stretch of a page's words: from the first position up to (not including) the second. */
export interface WordRange {
	from: number;
	to: number;
}

/**
 * HTML for the excerpt of a page or of one section of it: `words` are the page's words (as
 * `pageTextWords` splits Pagefind's text of it), `locations` the positions of the words to mark, `title` the page's title or the
 * section's heading (left out when the range starts with it), `range` the words to choose from.
 * Words are escaped and the matched ones wrapped in <mark>.
 */
export function resultExcerpt(
	words: readonly string[],
	locations: number[],
	title: string,
	length = EXCERPT_WORDS,
	range: WordRange = { from: 0, to: Infinity },
): string {
	const end = Math.min(words.length, range.to);
	const from = range.from + titleWordCount(words.slice(range.from, end), title);
	const marked = new Set(locations.filter((location) => location >= from && location < end));
	const start = densestStart(marked, from, end, length);
	return words
		.slice(start, Math.min(start + length, end))
		.map((word, i) =>
			marked.has(start + i) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word),
		)
		.join(' ');
}
