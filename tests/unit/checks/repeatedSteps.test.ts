import { expect, test } from 'vitest';
import { repeatedStepProblems } from '../../../src/checks/repeatedSteps.ts';
import type { ParsedEntry } from '../../../src/checks/rawEntry.ts';

const YAML = `title: A path
audience: tests
summary: Three steps.
steps:
  - page: principles/customer-obsession
    minutes: 5
    prompt: What did you learn?
  - page: case-studies/amazon-prime
    minutes: 5
    prompt: Who asked for it?
  - page: principles/customer-obsession
    minutes: 5
    prompt: Again?
`;

const path = (pages: string[], yaml?: string): ParsedEntry => ({
	collection: 'paths',
	id: 'p',
	filePath: 'content/paths/p.yaml',
	data: {
		title: 'A path',
		steps: pages.map((page) => {
			const [collection, id] = page.split('/');
			return { page: { collection, id }, minutes: 5, prompt: '?' };
		}),
	},
	body: '',
	...(yaml ? { yaml: { text: yaml, firstLine: 1 } } : {}),
});

test('a path whose steps name different pages passes', () => {
	expect(
		repeatedStepProblems([path(['principles/customer-obsession', 'case-studies/amazon-prime'])]),
	).toEqual([]);
});

test('a step that repeats an earlier one names both steps and their lines', () => {
	expect(
		repeatedStepProblems([
			path(
				[
					'principles/customer-obsession',
					'case-studies/amazon-prime',
					'principles/customer-obsession',
				],
				YAML,
			),
		]),
	).toMatchInlineSnapshot(`
		[
		  {
		    "filePath": "content/paths/p.yaml",
		    "lines": [
		      "line 11, column 11: steps[2].page: "principles/customer-obsession" is already steps[0].page (line 5).",
		      "Fix: remove one of the two steps, or point steps[2].page to another page.",
		    ],
		  },
		]
	`);
});
