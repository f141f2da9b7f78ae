import { expect, test } from 'vitest';
import { reviewDateProblems } from '../../../src/checks/reviewDates.ts';
import type { ParsedEntry } from '../../../src/checks/rawEntry.ts';

const essay = (published: string, reviewBy?: string): ParsedEntry => ({
	collection: 'essays',
	id: 'x',
	filePath: 'content/essays/x.mdx',
	data: {
		published: new Date(`${published}T00:00:00Z`),
		...(reviewBy ? { reviewBy: new Date(`${reviewBy}T00:00:00Z`) } : {}),
	},
	body: '',
	yaml: {
		text: `title: X\npublished: ${published}\n${reviewBy ? `reviewBy: ${reviewBy}\n` : ''}`,
		firstLine: 2,
	},
});

test('a review due after (or on) the day of publishing passes, and so does no review date', () => {
	expect(
		reviewDateProblems([
			essay('2026-11-23', '2027-05-23'),
			essay('2026-11-23', '2026-11-23'),
			essay('2026-11-23'),
		]),
	).toEqual([]);
});

test('a review due before publishing names the field, its line and both dates', () => {
	expect(reviewDateProblems([essay('2026-11-23', '2020-01-31')])).toMatchInlineSnapshot(`
		[
		  {
		    "filePath": "content/essays/x.mdx",
		    "lines": [
		      "line 4, column 11: reviewBy: 2020-01-31 is before published: 2026-11-23; a page is reviewed after it is published.",
		      "Fix: correct whichever date is mistyped; to review the page six months after it is published, write reviewBy: 2027-05-23.",
		    ],
		  },
		]
	`);
});
