import { expect, test } from 'vitest';
import { exactQuotationProblems } from '../../../src/checks/exactQuotations.ts';
import { fingerprint, indexFingerprint } from '../../../src/checks/sourceFingerprints.ts';

const sources = new Map([
	[
		'letter-2016',
		{
			name: '2016 letter',
			index: indexFingerprint(fingerprint('Good process serves you so you can serve customers.')),
		},
	],
]);
const page = (body: string) => ({ filePath: 'content/essays/x.mdx', body, bodyLine: 8 });

test('an exact quotation, and one of a source without a fingerprint, pass', () => {
	const body =
		'As <Quote source="letter-2016" inline>Good process serves you</Quote> says, and ' +
		'<Quote source="zappos-video-2009" inline>anything at all</Quote>.';
	expect(exactQuotationProblems(page(body), sources)).toEqual([]);
});

test('a changed word is reported at its line and column, with the closest passage', () => {
	const body =
		'One line.\nThe letter: <Quote source="letter-2016" inline>so you can serve shareholders</Quote>';
	expect(exactQuotationProblems(page(body), sources)).toMatchInlineSnapshot(`
		[
		  {
		    "filePath": "content/essays/x.mdx",
		    "lines": [
		      "line 9, column 13: the quotation “so you can serve shareholders” is not in the 2016 letter.",
		      "The closest passage in the 2016 letter shares 4 of its 5 words: “so you can serve …”.",
		      "Fix: copy the words exactly as the 2016 letter has them, or say it in your own words without <Quote>.",
		    ],
		  },
		]
	`);
});

test('a quotation with no word of the source says so', () => {
	const body = '<Quote source="letter-2016" inline>entirely other words</Quote>';
	expect(exactQuotationProblems(page(body), sources)[0]!.lines[1]).toBe(
		'No passage in the 2016 letter shares its words.',
	);
});
