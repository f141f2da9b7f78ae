/**
 * Whether a page really contains a reader's word. Pagefind matches the stem of each query word
 * and every longer word that starts with it, and when nothing does, it falls back to the longest
 * indexed word the query starts with: "aaaa…" matches every page through "a", and a two-letter
 * stem such as "aw" (from "aws") matches "away". Those matches share no meaningful part with the
 * query, so search checks the words Pagefind matched against the words typed.
 */
import { searchWords } from './searchWords.ts';

/**
 * How many letters at the end of a word a match may differ by: room for the endings stemming
 * removes ("decision" for "decisions", "proxy" for "proxies") but not for a different word that
 * only begins the same way ("alexa" for "alexandria", "runway" for "running").
 */
export const ENDING_ALLOWANCE = 3;

/** The fewest letters a word and a match must share from the start. */
export const MIN_SHARED = 3;

function sharedStart(a: string, b: string): number {
	let length = 0;
	while (length < a.length && length < b.length && a[length] === b[length]) length++;
	return length;
}

/** Says whether the handbook uses a word (see `knowsWord`); by default every word counts as used. */
export type KnownWord = (word: string) => boolean;
const anyWord: KnownWord = () => true;

/**
 * Whether `pageWord`, which Pagefind matched for `queryWord`, is the reader's word: the same word,
 * or, for a word the handbook uses, one that shares at least three letters from the start and all
 * of the query word but its ending. A word the handbook never uses ("severance") matches only
 * itself, not a word that merely stems the same ("several"). Both are search words (lower case).
 */
export function isRealMatch(queryWord: string, pageWord: string, known = anyWord): boolean {
	if (queryWord === pageWord) return true;
	if (!known(queryWord)) return false;
	const shared = sharedStart(queryWord, pageWord);
	return shared >= MIN_SHARED && shared >= queryWord.length - ENDING_ALLOWANCE;
}

/**
 * The query words that the page word `raw` really is; a hyphenated or punctuated word is
 * compared whole and by its parts.
 */
function wordsMatchedBy(queryWords: string[], raw: string | undefined, known: KnownWord): string[] {
	if (!raw) return [];
	const parts = searchWords(raw);
	const forms = [...parts, parts.join('')];
	return queryWords.filter((word) => forms.some((form) => isRealMatch(word, form, known)));
}

/**
 * The query words that a page really has at the word positions Pagefind matched: `pageWords`
 * are its words as `pageTextWords` splits its text, which is how Pagefind counts positions.
 */
export function wordsFoundAt(
	queryWords: string[],
	pageWords: readonly string[],
	locations: number[],
	known = anyWord,
): Set<string> {
	return new Set(
		locations.flatMap((location) => wordsMatchedBy(queryWords, pageWords[location], known)),
	);
}

/** The positions among `locations` whose word really is one of `queryWords`: the ones to mark. */
export function realLocations(
	queryWords: string[],
	pageWords: readonly string[],
	locations: number[],
	known = anyWord,
): number[] {
	return locations.filter(
		(location) => wordsMatchedBy(queryWords, pageWords[location], known).length > 0,
	);
}

/**
 * Whether Pagefind may stem `word` to fewer than three letters ("aws" to "aw", and any one- or
 * two-letter word), whose extensions ("away") share nothing meaningful with it: such a word is
 * searched exactly.
 */
export function stemMayBeShort(word: string): boolean {
	return word.length < MIN_SHARED || (word.length === MIN_SHARED && /[^aeiousy]s$/.test(word));
}
