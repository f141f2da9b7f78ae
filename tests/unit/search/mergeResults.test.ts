import { expect, test } from 'vitest';
import { mergeByWordsMatched, mergeResults } from '../../../src/search/mergeResults.ts';

const a = [
	{ id: 'x', score: 1 },
	{ id: 'y', score: 0.5 },
];
const b = [
	{ id: 'y', score: 2 },
	{ id: 'z', score: 0.1 },
];

test('by score, each page appears once with its best score, best first', () => {
	expect(mergeResults([a, b])).toEqual([
		{ id: 'y', score: 2 },
		{ id: 'x', score: 1 },
		{ id: 'z', score: 0.1 },
	]);
});

test('by priority, the first list leads and later lists only add new pages', () => {
	expect(mergeResults([b, a], 'priority').map((hit) => hit.id)).toEqual(['y', 'z', 'x']);
});

test('by words matched, pages with more of the words lead, then by summed score', () => {
	const words = [
		[
			{ id: 'x', score: 1 },
			{ id: 'y', score: 5 },
		],
		[{ id: 'x', score: 1 }],
		[{ id: 'z', score: 9 }],
	];
	expect(mergeByWordsMatched(words).map((hit) => hit.id)).toEqual(['x', 'z', 'y']);
	expect(mergeByWordsMatched(words, 'score').map((hit) => hit.id)).toEqual(['z', 'y', 'x']);
});
