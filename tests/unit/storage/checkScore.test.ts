import { expect, test } from 'vitest';
import { checkScore, checkScoreLine } from '../../../src/storage/checkScore.ts';

const checks = [
	{ id: 'a', right: 0 },
	{ id: 'b', right: 2 },
	{ id: 'c', right: 1 },
];

test.each<{ answers: Record<string, number>; score: object }>([
	{ answers: {}, score: { total: 3, answered: 0, right: 0 } },
	{ answers: { a: 0, b: 2, c: 1 }, score: { total: 3, answered: 3, right: 3 } },
	{ answers: { a: 1, b: 2 }, score: { total: 3, answered: 2, right: 1 } },
	// An answer kept for a check no longer on the path (its question changed) counts for nothing.
	{ answers: { a: 0, gone: 1 }, score: { total: 3, answered: 1, right: 1 } },
])('answers $answers score $score', ({ answers, score }) => {
	expect(checkScore(checks, answers)).toEqual(score);
});

test.each([
	{ score: { total: 5, answered: 5, right: 3 }, line: 'Checks: 3 of 5 answered correctly.' },
	{
		score: { total: 5, answered: 4, right: 3 },
		line: 'Checks: 3 of 5 answered correctly, 1 not answered yet.',
	},
	{
		score: { total: 2, answered: 0, right: 0 },
		line: 'Checks: 0 of 2 answered correctly, 2 not answered yet.',
	},
])('the score reads "$line"', ({ score, line }) => {
	expect(checkScoreLine(score)).toBe(line);
});
