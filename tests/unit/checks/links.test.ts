import { expect, test } from 'vitest';
import { linkProblems } from '../../../src/checks/links.ts';
import type { ParsedEntry } from '../../../src/checks/rawEntry.ts';

const entry = (collection: string, id: string, body = ''): ParsedEntry => ({
	collection,
	id,
	filePath: `content/${collection}/${id}.mdx`,
	data: {},
	body,
});
const principle = entry('principles', 'customer-obsession', '## What it is\n\nText.');
const linesFor = (body: string, others: ParsedEntry[] = [principle]) =>
	linkProblems([...others, entry('essays', 'x', body)]).flatMap((problem) => problem.lines);

test('links to pages, sections and the site routes pass', () => {
	expect(
		linesFor(
			'[a](/principles/customer-obsession/) [b](/principles/customer-obsession#what-it-is) ' +
				'<a href="/search/">s</a> [c](/essays/) [feed](/rss.xml) [top](/essays/x/#main)',
		),
	).toEqual([]);
});

test('a link to no page says so and shows an address that works', () => {
	expect(linesFor('[gone](/principles/day-two/)')).toEqual([
		'line 1, column 8: the link /principles/day-two/ leads to no page.',
		'Fix: link to an existing page, such as /principles/customer-obsession/; page addresses end with a slash.',
	]);
});

test('a link to a section checks the heading exists on the target page', () => {
	const glossary = entry('glossary', 'flywheel');
	expect(
		linesFor(
			'See [it](/principles/customer-obsession/#what-it-is) and [that](/principles/customer-obsession/#nope) and [glossary](/glossary/#day-1) and [term](/glossary/#flywheel).',
			[principle, glossary],
		),
	).toEqual([
		'line 1, column 65: the link /principles/customer-obsession/#nope names the anchor #nope, which /principles/customer-obsession/ does not have.',
		'Expected one of: what-it-is.',
		'line 1, column 118: the link /glossary/#day-1 names the anchor #day-1, which /glossary/ does not have.',
		'Expected one of: flywheel.',
	]);
});

test('links may carry a query string, and hub anchors exist only on principle pages', () => {
	expect(
		linesFor(
			'[search](/search/?q=prime) [hub](/principles/customer-obsession/#illustrated-by) [no hub](/essays/x/#illustrated-by)',
		),
	).toEqual([
		'line 1, column 91: the link /essays/x/#illustrated-by names the anchor #illustrated-by, which /essays/x/ does not have.',
		'Expected one of: (no sections).',
	]);
});
