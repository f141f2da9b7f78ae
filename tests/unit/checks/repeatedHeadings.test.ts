import { expect, test } from 'vitest';
import { repeatedHeadingProblems } from '../../../src/checks/repeatedHeadings.ts';
import type { ParsedEntry } from '../../../src/checks/rawEntry.ts';

const page = (collection: string, body: string): ParsedEntry => ({
	collection,
	id: 'x',
	filePath: `content/${collection}/x.mdx`,
	data: {},
	body,
	bodyLine: 10,
});

test('headings with words of their own pass, and so do headings in code', () => {
	const body = '## The idea\n\nText.\n\n## Where it comes from\n\n```md\n## The idea\n```\n';
	expect(repeatedHeadingProblems(page('essays', body))).toEqual([]);
});

test('a heading whose words give the id of an earlier one is reported at its line', () => {
	const body = '## The idea\n\nText.\n\n### Why\n\nText.\n\n## The *idea*\n\nMore.\n\n### Why?\n';
	expect(repeatedHeadingProblems(page('essays', body))).toMatchInlineSnapshot(`
		[
		  {
		    "filePath": "content/essays/x.mdx",
		    "lines": [
		      "line 18: the heading "## The idea" repeats the heading on line 10, so both would have the id #the-idea (Astro would make this one #the-idea-1, and links to #the-idea lead to the first).",
		      "Fix: give this section a heading of its own, or merge it into the first.",
		      "line 22: the heading "### Why?" repeats the heading on line 14, so both would have the id #why (Astro would make this one #why-1, and links to #why lead to the first).",
		      "Fix: give this section a heading of its own, or merge it into the first.",
		    ],
		  },
		]
	`);
});

test("a heading with the id of one of the page's own sections is reported", () => {
	const [problem] = repeatedHeadingProblems(page('principles', '## Discussed in\n\nText.'));
	expect(problem!.lines[0]).toBe(
		'line 10: the heading "## Discussed in" would have the id #discussed-in, which the page already gives a section of its own.',
	);
});
