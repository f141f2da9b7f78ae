import { searchWords } from './searchWords.ts';

/** Words shorter than this are never corrected, so they need not be known. */
export const MIN_VOCABULARY_WORD = 3;

/**
 * The site's vocabulary for typo correction: each word of `texts` with how often it occurs,
 * most frequent first, cut to `maxWords` so a large site still ships a small file.
 */
export function buildVocabulary(texts: string[], maxWords = 20_000): Record<string, number> {
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
