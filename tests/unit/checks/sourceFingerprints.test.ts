import { expect, test } from 'vitest';
import {
	alignWords,
	contentWords,
	fingerprint,
	hashText,
	indexFingerprint,
	textWords,
} from '../../../src/checks/sourceFingerprints.ts';

const letter = indexFingerprint(
	fingerprint(
		'Good process serves you so you can serve customers. But the process can become the thing.',
	),
);

test.each([
	{ text: 'Customer-obsessed, “always”!', words: ['customer', 'obsessed', 'always'] },
	{ text: 'You won’t find it', words: ['you', "won't", 'find', 'it'] },
	{ text: '  1-Click  ', words: ['1', 'click'] },
])('the words of $text', ({ text, words }) => {
	expect(textWords(text)).toEqual(words);
});

test('content words leave out the function words', () => {
	expect(contentWords(textWords('The process can become the thing'))).toEqual([
		'process',
		'become',
		'thing',
	]);
});

test('a hash is short, stable and tells texts apart', () => {
	expect(hashText('good process')).toBe(hashText('good process'));
	expect(hashText('good process')).not.toBe(hashText('good processes'));
	expect(hashText('good process')).toMatch(/^[0-9a-z]{1,7}$/);
});

test('a fingerprint counts the words and keeps none of them', () => {
	const stored = fingerprint('Good process serves you');
	expect(stored.words).toBe(4);
	expect(stored.pairs.split(' ')).toHaveLength(3);
	expect(JSON.stringify(stored)).not.toMatch(/process|serves/);
});

test.each([
	{ quote: 'so you can serve customers', exact: true },
	{ quote: 'customers but the process', exact: true },
	{ quote: 'process', exact: true },
	{ quote: 'procedure', exact: false },
	{ quote: 'so you can serve shareholders', exact: false },
	{ quote: 'serve customers so you can', exact: false },
])('"$quote" is exact: $exact', ({ quote, exact }) => {
	expect(alignWords(textWords(quote), letter).exact).toBe(exact);
});

test('an inexact quotation lines up with the closest passage, word by word', () => {
	expect(alignWords(textWords('so you can serve shareholders'), letter).matched).toEqual([
		true,
		true,
		true,
		true,
		false,
	]);
});
