import { expect, test } from 'vitest';
import { aliasTermProblems } from '../../../src/checks/aliasTerms.ts';
import type { ParsedEntry } from '../../../src/checks/rawEntry.ts';

const term = (id: string, name: string, aliases: string[]): ParsedEntry => ({
	collection: 'glossary',
	id,
	filePath: `content/glossary/${id}.yaml`,
	data: { term: name, definition: 'D.', aliases },
	body: '',
	yaml: { text: `term: ${name}\ndefinition: D.\naliases: [${aliases.join(', ')}]\n`, firstLine: 1 },
});

test('aliases that are no other term, or the term itself, pass', () => {
	expect(
		aliasTermProblems([term('day-1', 'Day 1', ['day one', 'Day 1']), term('day-2', 'Day 2', [])]),
	).toEqual([]);
});

test("an alias that is another term's name, in any case, names both files and its line", () => {
	expect(
		aliasTermProblems([
			term('day-1', 'Day 1', ['day one', 'day 2']),
			term('day-2', 'Day 2', ['stasis']),
		]),
	).toMatchInlineSnapshot(`
		[
		  {
		    "filePath": "content/glossary/day-1.yaml",
		    "lines": [
		      "line 3, column 20: aliases[1]: "day 2" is the term of content/glossary/day-2.yaml (term: Day 2).",
		      "Fix: remove "day 2" from these aliases, so a reader who searches for it finds its own definition.",
		    ],
		  },
		]
	`);
});
