import { expect, test } from 'vitest';
import {
	brokenReferenceProblem,
	formatContentProblems,
} from '../../../src/checks/contentErrors.ts';

test('a broken reference names the file, field, value, allowed ids and a fix', () => {
	const message = formatContentProblems([
		brokenReferenceProblem({
			filePath: 'content/essays/working-backwards.mdx',
			field: 'principles[1]',
			collection: 'principles',
			received: 'day-two',
			known: ['customer-obsession', 'high-velocity-decisions'],
		}),
	]);
	expect(message).toMatchInlineSnapshot(`
		"Content error in content/essays/working-backwards.mdx
		  principles[1]: "day-two" is not a known entry of principles.
		  Expected one of: customer-obsession, high-velocity-decisions.
		  Fix: use an id from content/principles/ (the file name without its extension), or add content/principles/day-two.mdx first.

		1 content error found; the site was not built."
	`);
});

test('problems in one file are grouped, and the count covers them all', () => {
	const problem = (field: string) =>
		brokenReferenceProblem({
			filePath: 'content/paths/first-week.yaml',
			field,
			collection: 'sources',
			received: 'letter-1999',
			known: [],
		});
	const message = formatContentProblems([problem('steps[0].page'), problem('steps[3].page')]);
	expect(message.match(/Content error in/g)).toHaveLength(1);
	expect(message).toContain('Expected one of: (none yet).');
	expect(message).toContain('add content/sources/letter-1999.yaml first');
	expect(message.endsWith('2 content errors found; the site was not built.')).toBe(true);
});

test('a long list of allowed ids is cut with a count of the rest', () => {
	const known = Array.from({ length: 15 }, (_, index) => `id-${index}`);
	const [, expected] = brokenReferenceProblem({
		filePath: 'content/essays/x.mdx',
		field: 'principles[0]',
		collection: 'principles',
		received: 'nope',
		known,
	}).lines;
	expect(expected).toBe(`Expected one of: ${known.slice(0, 12).join(', ')}, and 3 more.`);
});
