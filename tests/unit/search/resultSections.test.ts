import { expect, test } from 'vitest';
import { resultSections, withFragment } from '../../../src/search/resultSections.ts';
import { pageTextWords } from '../../../src/search/searchWords.ts';

const content = 'Title intro words. Why it matters prime here. How it works away from prime. Notes';
//               0     1     2      3   4  5       6     7     8   9  10    11   12   13      14
const anchors = [
	{ id: 'why', location: 3, element: 'h2', text: 'Why it matters' },
	{ id: 'how', location: 8, element: 'h2', text: 'How it works' },
	{ id: 'notes', location: 14, element: 'h2', text: 'Notes' },
	{ id: 'figure', location: 5, element: 'figure', text: '' },
];

test('a section is listed only where a checked match falls, with its own excerpt', () => {
	expect(resultSections(pageTextWords(content), anchors, [6], '/p/?highlight=prime')).toEqual([
		{
			url: '/p/?highlight=prime#why',
			title: 'Why it matters',
			excerpt: '<mark>prime</mark> here.',
		},
	]);
});

test('sections come in page order, at most three', () => {
	const many = resultSections(pageTextWords(content), anchors, [13, 6], '/p/', 1);
	expect(many.map((section) => section.title)).toEqual(['Why it matters']);
});

test('a fragment replaces any fragment the address had', () => {
	expect(withFragment('/glossary/?highlight=a#x', 'y')).toBe('/glossary/?highlight=a#y');
});
