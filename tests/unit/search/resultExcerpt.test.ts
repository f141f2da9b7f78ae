import { expect, test } from 'vitest';
import { resultExcerpt, titleWordCount } from '../../../src/search/resultExcerpt.ts';
import { pageTextWords } from '../../../src/search/searchWords.ts';

const words = (text: string) => text.split(' ');

test('the title at the start of the text is counted in words, as typed or with punctuation', () => {
	expect(titleWordCount(words('Tough love. Caring about customers'), 'Tough love')).toBe(2);
	expect(titleWordCount(words('Day 1 thinking, explained'), 'Day 1')).toBe(2);
	expect(titleWordCount(words('Caring about customers'), 'Tough love')).toBe(0);
});

test('the excerpt leaves out the title, even when the title holds the match', () => {
	const content = 'Prime Prime is a membership program that customers did not ask for.';
	expect(resultExcerpt(pageTextWords(content), [0, 1], 'Prime', 5)).toBe(
		'<mark>Prime</mark> is a membership program',
	);
	expect(resultExcerpt(pageTextWords(content), [0], 'Prime', 4)).toBe('Prime is a membership');
});

test('the excerpt is the densest passage, with matches marked and text escaped', () => {
	const content = 'Title one two three <b> four five six prime seven prime eight nine ten';
	expect(resultExcerpt(pageTextWords(content), [8, 10], 'Title', 5)).toBe(
		'six <mark>prime</mark> seven <mark>prime</mark> eight',
	);
	expect(resultExcerpt(pageTextWords(content), [4], 'Title', 3)).toBe(
		'three <mark>&lt;b&gt;</mark> four',
	);
});

test('an excerpt can be kept within a range of words, such as one section', () => {
	const content = 'Title one. Heading two prime three. Next heading prime';
	expect(resultExcerpt(pageTextWords(content), [4, 8], 'Heading two', 10, { from: 2, to: 6 })).toBe(
		'<mark>prime</mark> three.',
	);
});
