import { expect, test } from 'vitest';
import { closestWords, correctWord, keepsMeaning } from '../../../src/search/correctQuery.ts';

const vocabulary = {
	customer: 300,
	how: 120,
	prime: 40,
	proxies: 20,
	obsession: 50,
	royalties: 12,
	dissatisfied: 8,
	competitor: 6,
	zappos: 5,
	kindle: 5,
	kinds: 4,
	row: 3,
	loyalty: 1,
	description: 1,
};

test.each([
	{ word: 'prmie', corrected: 'prime' },
	{ word: 'rpime', corrected: 'prime' },
	{ word: 'royalites', corrected: 'royalties' },
	{ word: 'obsesion', corrected: 'obsession' },
	{ word: 'zapos', corrected: 'zappos' },
	{ word: 'kindel', corrected: 'kindle' },
	{ word: 'dissatisified', corrected: 'dissatisfied' },
	{ word: 'compettitor', corrected: 'competitor' },
])('"$word" is corrected to "$corrected"', ({ word, corrected }) => {
	expect(correctWord(word, vocabulary)).toBe(corrected);
});

test.each([
	{ word: 'wow', why: 'the near words are a function word ("how") or start otherwise ("row")' },
	{ word: 'prime', why: 'the handbook has it' },
	{ word: 'xyzzyq', why: 'nothing is near' },
	{ word: 'ai', why: 'too short to judge' },
	{ word: '2016', why: 'numbers are never corrected' },
	{ word: 'constructor', why: "an object's own property is not a known word" },
])('"$word" is not corrected: $why', ({ word }) => {
	expect(correctWord(word, vocabulary)).toBeUndefined();
});

test('a correction keeps the first letter, is never a function word, and short words only swap or gain a letter', () => {
	expect(keepsMeaning('wow', 'how')).toBe(false);
	expect(keepsMeaning('wow', 'row')).toBe(false);
	expect(keepsMeaning('cat', 'car')).toBe(false);
	expect(keepsMeaning('cta', 'cat')).toBe(true);
	expect(keepsMeaning('kes', 'keys')).toBe(true);
	expect(keepsMeaning('primes', 'prime')).toBe(true);
	expect(keepsMeaning('ideas', 'idea')).toBe(false);
});

test('a correction is within reach and keeps the meaning; among equals the more frequent word wins', () => {
	expect(correctWord('royalty', { royalties: 1, loyalty: 5 })).toBeUndefined();
	expect(correctWord('proxis', { proxies: 1, proxy: 5 })).toBe('proxies');
	expect(correctWord('kinde', { kindle: 1, kinds: 9 })).toBe('kinds');
});

test('the closest words offered when nothing matches are looser, but never function words', () => {
	expect(closestWords('wow', vocabulary)).toEqual(['row']);
	expect(closestWords('subscription', vocabulary)).toEqual(['description']);
	expect(closestWords('a'.repeat(200), vocabulary)).toEqual([]);
});
