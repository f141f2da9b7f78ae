/** The content schemas: the knowledge checks of the paths schema, through the front matter check, as an author meets them. */
import { expect, test } from 'vitest';
import { checkFrontMatter } from '../../../src/checks/frontMatter.ts';
import { plainSchemas } from '../../../src/model/contentSchemas.ts';

const option = (text: string, extra: Record<string, unknown> = {}) => ({
	text,
	explanation: `Why ${text} is or is not right.`,
	...extra,
});

/** A path whose one step has `checks`, run through the check an author's build runs. */
function problems(checks: unknown) {
	const data = {
		title: 'A path',
		audience: 'Tests',
		summary: 'One step.',
		steps: [{ page: 'principles/customer-obsession', minutes: 5, prompt: 'Why?', checks }],
	};
	const entry = {
		collection: 'paths',
		id: 'a-path',
		filePath: 'content/paths/a-path.yaml',
		body: '',
		data,
	};
	const result = checkFrontMatter(entry, plainSchemas());
	return result && 'problem' in result ? result.problem.lines : [];
}

test('a check with one right option and an explanation for each is accepted', () => {
	expect(
		problems([{ question: 'Who?', options: [option('A', { correct: true }), option('B')] }]),
	).toEqual([]);
});

test('a step without checks is accepted, and gets none', () => {
	expect(problems(undefined)).toEqual([]);
});

test('a check with no right option names the options field and the fix', () => {
	expect(problems([{ question: 'Who?', options: [option('A'), option('B')] }]))
		.toMatchInlineSnapshot(`
			[
			  "steps[0].checks[0].options: no option is marked correct, so no answer could be right. Fix: add correct: true to the one right answer.",
			]
		`);
});

test('a second right option is named at its own field, with the first', () => {
	const options = [option('A', { correct: true }), option('B'), option('C', { correct: true })];
	expect(problems([{ question: 'Who?', options }])).toMatchInlineSnapshot(`
		[
		  "steps[0].checks[0].options[2].correct: is a second right answer: options[0] is already correct: true, and a check has exactly one. Fix: remove correct: true from one of them.",
		]
	`);
});

test('an option without an explanation names the option and asks for one', () => {
	const options = [option('A', { correct: true }), { text: 'B' }];
	expect(problems([{ question: 'Who?', options }])).toMatchInlineSnapshot(`
		[
		  "steps[0].checks[0].options[1].explanation: is missing. Every option needs one, right or wrong. Fix: say why, for example: explanation: "The page says no customer asked for Prime."",
		]
	`);
});

test('a check needs a question and at least two options', () => {
	expect(problems([{ options: [option('A', { correct: true })] }])).toMatchInlineSnapshot(`
		[
		  "steps[0].checks[0].question: is missing. Add it, for example: question: "Who asked Amazon for Prime?"",
		  "steps[0].checks[0].options: needs at least two options to choose from. Add another, with its explanation.",
		]
	`);
});
