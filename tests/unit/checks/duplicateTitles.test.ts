import { expect, test } from 'vitest';
import { duplicateTitleProblems } from '../../../src/checks/duplicateTitles.ts';
import type { ParsedEntry } from '../../../src/checks/rawEntry.ts';

const page = (collection: string, id: string, data: Record<string, unknown>): ParsedEntry => ({
	collection,
	id,
	filePath: `content/${collection}/${id}.mdx`,
	data,
	body: '',
});

test('pages with titles of their own pass', () => {
	expect(
		duplicateTitleProblems([
			page('essays', 'a', { title: 'Day 1' }),
			page('essays', 'b', { title: 'Day 2' }),
		]),
	).toEqual([]);
});

test('a later page with the same title, in any case, is told which page has it', () => {
	expect(
		duplicateTitleProblems([
			page('essays', 'a', { title: 'Working backwards' }),
			page('case-studies', 'b', { title: ' working Backwards' }),
			page('essays', 'c', { title: 'WORKING BACKWARDS' }),
		]),
	).toMatchInlineSnapshot(`
		[
		  {
		    "filePath": "content/case-studies/b.mdx",
		    "lines": [
		      "title: " working Backwards" is already the title of content/essays/a.mdx.",
		      "Fix: give this page a title of its own, so readers and search can tell the two apart.",
		    ],
		  },
		  {
		    "filePath": "content/essays/c.mdx",
		    "lines": [
		      "title: "WORKING BACKWARDS" is already the title of content/essays/a.mdx.",
		      "Fix: give this page a title of its own, so readers and search can tell the two apart.",
		    ],
		  },
		]
	`);
});

test('a glossary term may share its name with the page that explains it', () => {
	expect(
		duplicateTitleProblems([
			page('essays', 'flywheel', { title: 'Flywheel' }),
			page('glossary', 'flywheel', { title: 'Flywheel', term: 'Flywheel' }),
		]),
	).toEqual([]);
});
