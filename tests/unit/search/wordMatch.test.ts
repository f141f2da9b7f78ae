import { expect, test } from 'vitest';
import {
	isRealMatch,
	realLocations,
	stemMayBeShort,
	wordsFoundAt,
} from '../../../src/search/wordMatch.ts';
import { pageTextWords } from '../../../src/search/searchWords.ts';

test.each([
	['decisions', 'decision'],
	['decision', 'decisive'],
	['proxies', 'proxy'],
	['royalt', 'royalties'],
	['aws', 'aws'],
	['1', '1'],
	['dissatisfied', 'dissatisfaction'],
])('"%s" really matches "%s"', (query, page) => {
	expect(isRealMatch(query, page)).toBe(true);
});

test.each([
	['a'.repeat(200), 'a', "Pagefind's fallback to the longest known prefix"],
	['aws', 'away', 'a two-letter stem'],
	['ai', 'aim', 'a two-letter word'],
	['alexandria', 'alexa', 'a shorter word that only begins the same'],
	['running', 'runway', 'a longer word that only begins the same'],
])('"%s" does not match "%s" (%s)', (query, page) => {
	expect(isRealMatch(query, page)).toBe(false);
});

test('the words found are read at the matched positions, punctuation and hyphens aside', () => {
	const content = 'Prime. High-velocity decisions, made away from home.';
	expect(wordsFoundAt(['prime', 'velocity', 'aws'], pageTextWords(content), [0, 1, 4])).toEqual(
		new Set(['prime', 'velocity']),
	);
	expect(wordsFoundAt(['decisions'], pageTextWords(content), [99])).toEqual(new Set());
});

test('a word whose stem may be under three letters is searched exactly', () => {
	expect(stemMayBeShort('ml')).toBe(true);
	expect(stemMayBeShort('aws')).toBe(true);
	expect(stemMayBeShort('gas')).toBe(false);
	expect(stemMayBeShort('yes')).toBe(false);
	expect(stemMayBeShort('roy')).toBe(false);
	expect(stemMayBeShort('prime')).toBe(false);
});

test('only the positions whose word really matches are marked', () => {
	const content = 'AWS runs away from nothing; AWS-hosted.';
	expect(realLocations(['aws'], pageTextWords(content), [0, 2, 5])).toEqual([0, 5]);
});

test('a word the handbook never uses matches only itself, not a word with the same stem', () => {
	const known = (word: string) => word !== 'severance' && word !== 'guideline';
	expect(isRealMatch('severance', 'several', known)).toBe(false);
	expect(isRealMatch('guideline', 'guideline', known)).toBe(true);
	expect(isRealMatch('decisions', 'decision', known)).toBe(true);
});
