import { expect, test } from 'vitest';
import { emptySectionProblems } from '../../../src/checks/emptySections.ts';

const page = (body: string) => ({ filePath: 'content/essays/x.mdx', body, bodyLine: 10 });

test('sections with text, components, code or subsections with text pass', () => {
	const body = [
		'## The idea',
		'',
		'Text.',
		'## Where it comes from',
		'### In the letters',
		'<Quote source="letter-2016">Words.</Quote>',
		'## Code',
		'```',
		'x',
		'```',
	].join('\n');
	expect(emptySectionProblems(page(body))).toEqual([]);
});

test('a heading with nothing under it before the next of its level, or the end, is reported', () => {
	const body = [
		'## The idea',
		'{/* Write this section. */}',
		'## Where it comes from',
		'### In the letters',
		'',
		'## What to do',
		'',
		'Text.',
		'',
		'## Questions for you',
		'',
	].join('\n');
	expect(emptySectionProblems(page(body))).toMatchInlineSnapshot(`
		[
		  {
		    "filePath": "content/essays/x.mdx",
		    "lines": [
		      "line 10: the section "## The idea" is empty: no text comes before the next heading, on line 12.",
		      "Fix: write the section, or remove its heading.",
		      "line 12: the section "## Where it comes from" is empty: no text comes before the next heading, on line 15.",
		      "Fix: write the section, or remove its heading.",
		      "line 13: the section "### In the letters" is empty: no text comes before the next heading, on line 15.",
		      "Fix: write the section, or remove its heading.",
		      "line 19: the section "## Questions for you" is empty: no text comes before the end of the page.",
		      "Fix: write the section, or remove its heading.",
		    ],
		  },
		]
	`);
});
