import { expect, test } from 'vitest';
import { tableOfContents } from '../../../src/reading/tableOfContents.ts';

const h = (depth: number, text: string) => ({
	depth,
	text,
	slug: text.toLowerCase().replace(/ /g, '-'),
});

test('a page with two or more sections lists its second-level headings', () => {
	expect(
		tableOfContents([h(2, 'What it is'), h(3, 'Detail'), h(2, 'Questions for you')]).map(
			(x) => x.text,
		),
	).toEqual(['What it is', 'Questions for you']);
});

test('a page with one section gets no list', () => {
	expect(tableOfContents([h(2, 'Only'), h(3, 'Sub')])).toEqual([]);
});
