import { searchWords } from './searchWords.ts';

/** Words shorter than this are never corrected, so they need not be known. */
export const MIN_VOCABULARY_WORD = 3;

/** The most words the vocabulary keeps, so that a large site still ships a small file. */
export const MAX_VOCABULARY_WORDS = 20_000;

/** What search fetches besides Pagefind's index (`search-data.json`). */
export interface SearchData {
	/** The handbook's words with how often each occurs, most frequent first. */
	vocabulary: Record<string, number>;
	/** False when the vocabulary was cut to its limit, so a word missing from it may still be used. */
	vocabularyComplete: boolean;
	/** Each glossary alias (as search words) and the term it stands for. */
	synonyms: Record<string, string>;
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

/** The search data for a site whose text is `texts`. */
export function buildSearchData(
	texts: string[],
	synonyms: Record<string, string>,
	maxWords = MAX_VOCABULARY_WORDS,
): SearchData {
	const vocabulary = buildVocabulary(texts, maxWords);
	return { vocabulary, vocabularyComplete: Object.keys(vocabulary).length < maxWords, synonyms };
}

/**
 * Whether the handbook uses `word`, or a word that starts with it (a word still being typed).
 * Pagefind's stemming also finds other words that merely share a stem ("several" for
 * "severance"); a word the handbook never uses is corrected or reported instead. Short and
 * numeric words are not in the vocabulary, and when it was cut any word may be used: both count
 * as known, and the match check on the page decides (wordMatch.ts).
 */
export function knowsWord(data: Omit<SearchData, 'synonyms'>, word: string): boolean {
	if (word.length < MIN_VOCABULARY_WORD || /^\d+$/.test(word) || !data.vocabularyComplete)
		return true;
	if (Object.hasOwn(data.vocabulary, word)) return true;
	for (const known in data.vocabulary) if (known.startsWith(word)) return true;
	return false;
}
