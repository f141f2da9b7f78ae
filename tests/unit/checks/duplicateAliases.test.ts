import { expect, test } from 'vitest';
import { duplicateAliasProblems } from '../../../src/checks/duplicateAliases.ts';
import type { ParsedEntry } from '../../../src/checks/rawEntry.ts';

const term = (id: string, name: string, aliases: string[], yaml?: string): ParsedEntry => ({
	collection: 'glossary',
	id,
	filePath: `content/glossary/${id}.yaml`,
	data: { term: name, definition: 'D.', aliases },
	body: '',
	...(yaml ? { yaml: { text: yaml, firstLine: 1 } } : {}),
});

test('terms with aliases of their own pass', () => {
	expect(
		duplicateAliasProblems([
			term('day-1', 'Day 1', ['day one']),
			term('day-2', 'Day 2', ['day two', 'stasis']),
		]),
	).toEqual([]);
});

test('an alias an earlier term has, in any case, names both files and its line', () => {
	expect(
		duplicateAliasProblems([
			term('day-1', 'Day 1', ['day one', 'Start-up spirit']),
			term(
				'day-1-essentials',
				'Day 1 essentials',
				['essentials', ' start-up Spirit'],
				'term: Day 1 essentials\ndefinition: D.\naliases:\n  - essentials\n  - " start-up Spirit"\n',
			),
		]),
	).toMatchInlineSnapshot(`
		[
		  {
		    "filePath": "content/glossary/day-1-essentials.yaml",
		    "lines": [
		      "line 5, column 5: aliases[1]: " start-up Spirit" is already an alias of "Day 1" in content/glossary/day-1.yaml.",
		      "Fix: keep "start-up Spirit" on one of the two terms and remove it from the other, so the word leads a reader to one definition.",
		    ],
		  },
		]
	`);
});

test('without its YAML, the message names the field alone', () => {
	const [problem] = duplicateAliasProblems([term('a', 'A', ['same']), term('b', 'B', ['SAME'])]);
	expect(problem!.lines[0]).toBe(
		'aliases[0]: "SAME" is already an alias of "A" in content/glossary/a.yaml.',
	);
});
