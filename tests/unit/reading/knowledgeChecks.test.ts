import { expect, test } from 'vitest';
import {
	checkId,
	checkResult,
	checksMarkdown,
	optionLetter,
	rightOption,
} from '../../../src/reading/knowledgeChecks.ts';

const check = {
	question: 'Who asked for Prime?',
	options: [
		{ text: 'Customers, in surveys', correct: false, explanation: 'No survey had it.' },
		{ text: 'Nobody', correct: true, explanation: 'No customer asked for it.' },
	],
};

test('the right option is the one marked correct', () => {
	expect(rightOption(check)).toBe(1);
});

test('a check keeps its id while only an explanation changes', () => {
	const mended = { ...check, options: check.options.map((o) => ({ ...o, explanation: 'New.' })) };
	expect(checkId(mended)).toBe(checkId(check));
	expect(checkId(check)).toMatch(/^[0-9a-z]{1,7}$/);
});

test.each([
	{ change: 'another question', changed: { ...check, question: 'Who wanted Prime?' } },
	{ change: 'options reordered', changed: { ...check, options: [...check.options].reverse() } },
	{
		change: 'another right answer',
		changed: {
			...check,
			options: check.options.map((o) => ({ ...o, correct: !o.correct })),
		},
	},
])(
	'a check gets a new id with $change, so an old answer is not scored against it',
	({ changed }) => {
		expect(checkId(changed)).not.toBe(checkId(check));
	},
);

test('choosing the right option says so and why', () => {
	expect(checkResult(check.options, 1, 1)).toBe('Right. No customer asked for it.');
});

test('choosing a wrong option says why, then names the right one and why', () => {
	expect(checkResult(check.options, 1, 0)).toBe(
		'Not quite. No survey had it. The right answer is “Nobody”: No customer asked for it.',
	);
});

test('options are lettered from A', () => {
	expect([0, 1, 2].map(optionLetter)).toEqual(['A', 'B', 'C']);
});

test('the checks as Markdown give each question, its options, then the answer and why', () => {
	expect(checksMarkdown([check])).toMatchInlineSnapshot(`
		"   Check: Who asked for Prime?
		   - A. Customers, in surveys
		   - B. Nobody
		   - Answer: B.
		     - A: No survey had it.
		     - B (right): No customer asked for it."
	`);
});
