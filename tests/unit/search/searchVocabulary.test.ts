import { expect, test } from 'vitest';
import {
	buildSearchData,
	buildVocabulary,
	knowsWord,
	readSearchData,
	stringsIn,
	wordKnower,
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

test('the search data file lists the words by frequency and says whether they were cut', () => {
	expect(buildSearchData(['prime prime royalties'], {}, 5)).toEqual({
		words: 'prime royalties',
		vocabularyComplete: true,
		synonyms: {},
	});
	expect(buildSearchData(['prime prime royalties'], {}, 1).vocabularyComplete).toBe(false);
});

test('read back, the more frequent word weighs more', () => {
	const data = readSearchData(buildSearchData(['prime prime royalties'], { kpi: 'proxy' }));
	expect(data).toEqual({
		vocabulary: { prime: 2, royalties: 1 },
		vocabularyComplete: true,
		synonyms: { kpi: 'proxy' },
	});
	expect(readSearchData({ words: '', vocabularyComplete: true, synonyms: {} }).vocabulary).toEqual(
		{},
	);
});

test('a word is known if the handbook uses it or a word it begins', () => {
	const data = readSearchData(buildSearchData(['several royalties'], {}));
	expect(knowsWord(data, 'several')).toBe(true);
	expect(knowsWord(data, 'royalt')).toBe(true);
	expect(knowsWord(data, 'severance')).toBe(false);
});

test('short words, numbers, and any word of a cut vocabulary are left to the check on the page', () => {
	const data = readSearchData(buildSearchData(['several royalties'], {}));
	expect(knowsWord(data, 'ml')).toBe(true);
	expect(knowsWord(data, '1997')).toBe(true);
	expect(knowsWord({ ...data, vocabularyComplete: false }, 'severance')).toBe(true);
});

test('the strings of an entry are gathered from every field, list and nested object', () => {
	expect(
		stringsIn({ title: 'A', when: new Date(0), steps: [{ note: 'b' }, 'c'], order: 3 }),
	).toEqual(['A', 'b', 'c']);
});

test('a word knower answers as knowsWord does', () => {
	const data = readSearchData(buildSearchData(['several royalties'], {}));
	const known = wordKnower(data);
	expect([known('royalt'), known('severance'), known('royalt')]).toEqual([true, false, true]);
});
