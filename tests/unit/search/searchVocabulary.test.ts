import { expect, test } from 'vitest';
import {
	buildSearchData,
	buildVocabulary,
	knowsWord,
} from '../../../src/search/searchVocabulary.ts';
import { searchWords } from '../../../src/search/searchWords.ts';

test('words are lower-cased, kept with inner apostrophes, and split on everything else', () => {
	expect(searchWords('The customer’s customer: Day-1, 顧客!')).toEqual([
		'the',
		"customer's",
		'customer',
		'day',
		'1',
		'顧客',
	]);
});

test('the vocabulary counts words of three letters or more, most frequent first, numbers left out', () => {
	expect(buildVocabulary(['Prime prime PRIME', 'to be prime in 2005', 'royalties'])).toEqual({
		prime: 4,
		royalties: 1,
	});
});

test('the vocabulary is cut to the most frequent words', () => {
	expect(Object.keys(buildVocabulary(['aaa aaa bbb ccc ccc ccc'], 2))).toEqual(['ccc', 'aaa']);
});

test('the search data says whether the vocabulary was cut', () => {
	expect(buildSearchData(['prime prime royalties'], {}, 5).vocabularyComplete).toBe(true);
	expect(buildSearchData(['prime prime royalties'], {}, 1)).toEqual({
		vocabulary: { prime: 2 },
		vocabularyComplete: false,
		synonyms: {},
	});
});

test('a word is known if the handbook uses it or a word it begins', () => {
	const data = buildSearchData(['several royalties'], {});
	expect(knowsWord(data, 'several')).toBe(true);
	expect(knowsWord(data, 'royalt')).toBe(true);
	expect(knowsWord(data, 'severance')).toBe(false);
});

test('short words, numbers, and any word of a cut vocabulary are left to the check on the page', () => {
	const data = buildSearchData(['several royalties'], {});
	expect(knowsWord(data, 'ml')).toBe(true);
	expect(knowsWord(data, '1997')).toBe(true);
	expect(knowsWord({ ...data, vocabularyComplete: false }, 'severance')).toBe(true);
});
