import { expect, test } from 'vitest';
import { MDX_COMPONENT_NAMES } from '../../../src/components/mdxComponentNames.ts';
import { unknownComponentProblems } from '../../../src/checks/unknownComponents.ts';

const page = (body: string) => ({ filePath: 'content/essays/x.mdx', body, bodyLine: 10 });

test('the components pages may use, HTML tags, imports and code pass', () => {
	expect(MDX_COMPONENT_NAMES).toEqual(['Cite', 'Quote']);
	const body = [
		'import Chart from "./Chart.astro";',
		'Text <Cite source="letter-2016" /> and <Quote source="letter-2016" inline>words</Quote>.',
		'<abbr title="x">AWS</abbr> <Chart />',
		'Write `<Foo />` in code, or:',
		'```mdx',
		'<Bar>x</Bar>',
		'```',
		'{/* <Baz /> in a comment */}',
	].join('\n');
	expect(unknownComponentProblems(page(body))).toEqual([]);
});

test('an unknown component is named at its line and column, with the components that exist', () => {
	expect(
		unknownComponentProblems(page('## The idea\n\nSee <Foo size="2" />.\n<Callout>x</Callout>')),
	).toMatchInlineSnapshot(`
		[
		  {
		    "filePath": "content/essays/x.mdx",
		    "lines": [
		      "line 12, column 5: <Foo> is not a component pages can use.",
		      "Expected one of: <Cite>, <Quote>.",
		      "Fix: use one of those, or write the words without the tag; a tag whose name starts with a capital letter is read as a component.",
		      "line 13, column 1: <Callout> is not a component pages can use.",
		      "Expected one of: <Cite>, <Quote>.",
		      "Fix: use one of those, or write the words without the tag; a tag whose name starts with a capital letter is read as a component.",
		    ],
		  },
		]
	`);
});

test('a misspelt component is told the name it was probably meant to be', () => {
	const [problem] = unknownComponentProblems(
		page('<Cites source="letter-2016" />\n<QUOTE>x</QUOTE>'),
	);
	expect(problem!.lines.filter((line) => line.startsWith('Fix:'))).toEqual([
		'Fix: write <Cite> (names are case-sensitive).',
		'Fix: write <Quote> (names are case-sensitive).',
	]);
});
