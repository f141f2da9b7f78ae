import { editDistance } from './editDistance.ts';
import { MIN_VOCABULARY_WORD } from './searchVocabulary.ts';
import { searchWords } from './searchWords.ts';

/** How many edits a word of `length` letters may be away from a known word and still be corrected. */
function allowedEdits(length: number): number {
	return length <= 4 ? 1 : 2;
}

/** The known word nearest to `word`: fewest edits, then the most frequent, or undefined if none is close. */
export function nearestWord(word: string, vocabulary: Record<string, number>): string | undefined {
	const max = allowedEdits(word.length);
	let best: { word: string; distance: number; count: number } | undefined;
	for (const [candidate, count] of Object.entries(vocabulary)) {
		if (Math.abs(candidate.length - word.length) > max) continue;
		const distance = editDistance(word, candidate, max);
		if (distance > max) continue;
		if (!best || distance < best.distance || (distance === best.distance && count > best.count)) {
			best = { word: candidate, distance, count };
		}
	}
	return best?.word;
}

/**
 * The query with every unknown word replaced by the nearest known word. Words that are known,
 * short, numeric or have no near neighbor stay as typed. `changed` says whether anything was corrected.
 */
export function correctQuery(
	query: string,
	vocabulary: Record<string, number>,
): { query: string; changed: boolean } {
	let changed = false;
	const corrected = searchWords(query).map((word) => {
		if (word.length < MIN_VOCABULARY_WORD || /\d/.test(word) || Object.hasOwn(vocabulary, word))
			return word;
		const nearest = nearestWord(word, vocabulary);
		if (!nearest) return word;
		changed = true;
		return nearest;
	});
	return { query: corrected.join(' '), changed };
}
