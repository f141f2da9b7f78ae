import { expect, test } from 'vitest';
import { isFunctionWord, meaningfulWords } from '../../../src/search/functionWords.ts';

test('a question keeps the words that carry its subject', () => {
	expect(meaningfulWords(['how', 'do', 'i', 'make', 'decisions', 'faster'])).toEqual([
		'make',
		'decisions',
		'faster',
	]);
	expect(meaningfulWords(['what', 'is', 'day', '1'])).toEqual(['day', '1']);
});

test('a query of nothing but function words keeps them all', () => {
	expect(meaningfulWords(['how', 'to'])).toEqual(['how', 'to']);
});

test('"no" and "not" carry meaning ("tell a customer no"); "the" and "how" do not', () => {
	expect(isFunctionWord('no')).toBe(false);
	expect(isFunctionWord('not')).toBe(false);
	expect(isFunctionWord('the')).toBe(true);
	expect(isFunctionWord('how')).toBe(true);
});
