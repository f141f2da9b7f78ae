/**
 * Typo correction with judgment. A correction must be the word the reader meant, not merely a
 * near one: "prmie" is "prime", but "wow" is not "how". So a word is corrected only when no page
 * contains it, and never to a function word, never to a word with another first letter (typos
 * rarely touch it), and, for short words, only by swapping two letters or adding a missing one
 * (changing a letter of a three- or four-letter word makes another word: "cat", "car").
 */
import { editDistance } from './editDistance.ts';
import { isFunctionWord } from './functionWords.ts';
import { MIN_VOCABULARY_WORD } from './searchVocabulary.ts';

/** Words this long or shorter are short: corrected only by a swap or an added letter. */
const SHORT_WORD = 4;
/** A correction may be shorter than the word typed only when the word is at least this long. */
const SHORTEN_FROM = 6;

/** Words this long or longer may be two edits from their correction; shorter ones one. */
const TWO_EDITS_FROM = 8;

/**
 * How many edits a word of `length` letters may be away from a known word and still be
 * corrected: two edits turn a shorter word into another word too easily ("script", "sprint").
 */
function allowedEdits(length: number): number {
	return length >= TWO_EDITS_FROM ? 2 : 1;
}

/** Whether `candidate` is `word` with two neighboring letters swapped. */
function isSwap(word: string, candidate: string): boolean {
	if (word.length !== candidate.length) return false;
	const differ = [...word].flatMap((letter, i) => (letter === candidate[i] ? [] : [i]));
	return (
		differ.length === 2 &&
		differ[1] === differ[0]! + 1 &&
		word[differ[0]!] === candidate[differ[1]!] &&
		word[differ[1]!] === candidate[differ[0]!]
	);
}

/** Whether correcting `word` to `candidate` keeps the word the reader meant (see the module comment). */
export function keepsMeaning(word: string, candidate: string): boolean {
	if (isFunctionWord(candidate)) return false;
	if (candidate[0] !== word[0] && !(isSwap(word, candidate) && candidate[1] === word[0]))
		return false;
	if (candidate.length < word.length && word.length < SHORTEN_FROM) return false;
	if (word.length <= SHORT_WORD)
		return isSwap(word, candidate) || candidate.length === word.length + 1;
	return true;
}

/** Known words within `maxEdits` of `word`, nearest first, then the most frequent. */
function neighbors(word: string, vocabulary: Record<string, number>, maxEdits: number) {
	const found: Array<{ word: string; distance: number; count: number }> = [];
	for (const [candidate, count] of Object.entries(vocabulary)) {
		if (Math.abs(candidate.length - word.length) > maxEdits) continue;
		const distance = editDistance(word, candidate, maxEdits);
		if (distance <= maxEdits && candidate !== word)
			found.push({ word: candidate, distance, count });
	}
	return found.sort((a, b) => a.distance - b.distance || b.count - a.count);
}

/** The correction for `word`: the nearest known word that keeps its meaning, or undefined. */
export function correctWord(word: string, vocabulary: Record<string, number>): string | undefined {
	if (word.length < MIN_VOCABULARY_WORD || /\d/.test(word) || Object.hasOwn(vocabulary, word))
		return undefined;
	return neighbors(word, vocabulary, allowedEdits(word.length)).find((near) =>
		keepsMeaning(word, near.word),
	)?.word;
}

/**
 * The handbook's words closest to `word`, to offer when nothing matches: up to `count` of them,
 * none a function word. Looser than a correction: the reader chooses.
 */
export function closestWords(
	word: string,
	vocabulary: Record<string, number>,
	count = 3,
): string[] {
	if (word.length < MIN_VOCABULARY_WORD || word.length > 40) return [];
	return neighbors(word, vocabulary, allowedEdits(word.length) + 1)
		.filter((near) => !isFunctionWord(near.word))
		.slice(0, count)
		.map((near) => near.word);
}
