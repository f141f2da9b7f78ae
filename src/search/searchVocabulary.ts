import { searchWords } from './searchWords.ts';

/** Words shorter than this are never corrected, so they need not be known. */
export const MIN_VOCABULARY_WORD = 3;

/** The most words the vocabulary keeps, so that a large site still ships a small file. */
export const MAX_VOCABULARY_WORDS = 20_000;

/** What search fetches besides Pagefind's index: `search-data.json` as written. */
export interface SearchDataFile {
	/** The handbook's words, most frequent first, separated by spaces (smaller than counts). */
	words: string;
	/** False when the vocabulary was cut to its limit, so a word missing from it may still be used. */
	vocabularyComplete: boolean;
	/** Each glossary alias (as search words) and the term it stands for. */
	synonyms: Record<string, string>;
}

/** The search data as search uses it. */
export interface SearchData extends Omit<SearchDataFile, 'words'> {
	/** The handbook's words, each with a weight that is higher the more often it occurs. */
	vocabulary: Record<string, number>;
}

/**
 * The site's vocabulary for typo correction: each word of `texts` with how often it occurs,
 * most frequent first, cut to `maxWords`.
 */
export function buildVocabulary(
	texts: string[],
	maxWords = MAX_VOCABULARY_WORDS,
): Record<string, number> {
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (const word of searchWords(text)) {
			if (word.length >= MIN_VOCABULARY_WORD && !/^\d+$/.test(word))
				counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	}
	const sorted = [...counts]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, maxWords);
	return Object.fromEntries(sorted);
}

/** The search data file for a site whose text is `texts`. */
export function buildSearchData(
	texts: string[],
	synonyms: Record<string, string>,
	maxWords = MAX_VOCABULARY_WORDS,
): SearchDataFile {
	const words = Object.keys(buildVocabulary(texts, maxWords));
	return { words: words.join(' '), vocabularyComplete: words.length < maxWords, synonyms };
}

/** The search data from its file: each word weighted by its rank, the most frequent highest. */
export function readSearchData(file: SearchDataFile): SearchData {
	const words = file.words ? file.words.split(' ') : [];
	const vocabulary: Record<string, number> = {};
	words.forEach((word, rank) => (vocabulary[word] = words.length - rank));
	return { vocabulary, vocabularyComplete: file.vocabularyComplete, synonyms: file.synonyms };
}

/**
 * Whether the handbook uses `word`, or a word that starts with it (a word still being typed).
 * Pagefind's stemming also finds other words that merely share a stem ("several" for
 * "severance"); a word the handbook never uses matches only itself (wordMatch.ts). Short and
 * numeric words are not in the vocabulary, and when it was cut any word may be used: both count
 * as known.
 */
export function knowsWord(data: Omit<SearchData, 'synonyms'>, word: string): boolean {
	if (word.length < MIN_VOCABULARY_WORD || /^\d+$/.test(word) || !data.vocabularyComplete)
		return true;
	if (Object.hasOwn(data.vocabulary, word)) return true;
	for (const known in data.vocabulary) if (known.startsWith(word)) return true;
	return false;
}

/** Every string inside `value` (an entry's data: its fields, lists and nested objects). */
export function stringsIn(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(stringsIn);
	if (value && typeof value === 'object' && !(value instanceof Date))
		return Object.values(value).flatMap(stringsIn);
	return [];
}

/** `knowsWord` for one search data, remembering each answer (the data does not change). */
export function wordKnower(data: Omit<SearchData, 'synonyms'>): (word: string) => boolean {
	const answers = new Map<string, boolean>();
	return (word) => {
		let known = answers.get(word);
		if (known === undefined) answers.set(word, (known = knowsWord(data, word)));
		return known;
	};
}
