import { expect, test } from 'vitest';
import { buildVocabulary } from '../../../src/search/searchVocabulary.ts';
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
