import { expect, test } from 'vitest';
import {
	longestSharedRun,
	nearCopyProblems,
	proseSentences,
	sharedOrderedPairs,
	withoutNames,
} from '../../../src/checks/nearCopies.ts';
import {
	fingerprint,
	indexFingerprint,
	textWords,
} from '../../../src/checks/sourceFingerprints.ts';

const principle = indexFingerprint(
	fingerprint(
		'Leaders start with the customer and work backwards. They work vigorously to earn and keep customer trust.',
	),
);
const sources = new Map([
	['leadership-principles', { index: principle, name: 'Leadership Principles' }],
]);
const page = (body: string) => ({ filePath: 'content/essays/x.mdx', body, bodyLine: 5 });

test('sentences leave out quotations, tags, links and quoted text, and keep their offsets', () => {
	const body =
		'We start here. <Quote source="x" inline>Leaders start with the customer</Quote> and stop.\n' +
		'See [the principle](/principles/x/) and “a quoted phrase” too!';
	expect(proseSentences(body).map((sentence) => sentence.text.replace(/\s+/g, ' '))).toEqual([
		'We start here.',
		'and stop.',
		'See and too!',
	]);
	expect(proseSentences(body)[1]!.offset).toBe(body.indexOf('and stop'));
});

test.each([
	{ text: 'leaders start with the customer and work backwards', run: 8, ordered: 7 },
	{ text: 'leaders begin with the customer and work backwards', run: 6, ordered: 5 },
	{ text: 'leaders start with the buyer and work backwards', run: 4, ordered: 5 },
	{ text: 'leaders begin from customers and then go back', run: 0, ordered: 0 },
])('"$text" shares a run of $run and $ordered ordered pairs', ({ text, run, ordered }) => {
	expect(longestSharedRun(textWords(text), principle)).toBe(run);
	expect(sharedOrderedPairs(textWords(text), principle)).toBe(ordered);
});

test('a sentence with one word changed is reported at its line, naming the source', () => {
	const body = 'A first line.\nLeaders start with the buyer and work backwards, always.';
	expect(nearCopyProblems(page(body), sources)).toMatchInlineSnapshot(`
		[
		  {
		    "filePath": "content/essays/x.mdx",
		    "lines": [
		      "line 6: “Leaders start with the buyer and work backwards, always.” follows the wording of the Leadership Principles with a word or two changed.",
		      "Fix: quote the exact words with <Quote source="…">, or say it in your own words.",
		    ],
		  },
		]
	`);
});

test('six words in a row are a copy; the same words quoted are not', () => {
	const copied = 'We learned to earn and keep customer trust every day.';
	expect(nearCopyProblems(page(copied), sources)[0]!.lines[0]).toContain(
		'repeats 6 words in a row',
	);
	const quoted =
		'We learned to <Quote source="leadership-principles" inline>earn and keep customer trust</Quote> every day.';
	expect(nearCopyProblems(page(quoted), sources)).toEqual([]);
});

test('our own words about the same idea pass', () => {
	const own =
		'A good leader begins every plan by picturing the person it serves, then plans back from there.';
	expect(nearCopyProblems(page(own), sources)).toEqual([]);
});

test('a sentence wrapped over lines is one sentence; a list item or heading starts another', () => {
	const body = 'A sentence that\nwraps onto a second line.\n- A list item\n## A heading\nText.';
	expect(proseSentences(body).map((sentence) => sentence.text)).toEqual([
		'A sentence that wraps onto a second line.',
		'- A list item',
		'## A heading',
		'Text.',
	]);
});

test('names are left out of the likeness of content words, a first word is not', () => {
	const text = 'Kindle, Amazon Web Services and Fulfillment by Amazon each have one.';
	expect(textWords(withoutNames(text))).toEqual(['kindle', 'and', 'by', 'each', 'have', 'one']);
});
