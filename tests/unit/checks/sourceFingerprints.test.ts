import { expect, test } from 'vitest';
import {
	alignWords,
	contentWords,
	fingerprint,
	hashText,
	pairHashes,
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

test('a hash is a 32-bit number, stable and tells texts apart', () => {
	expect(hashText('good process')).toBe(hashText('good process'));
	expect(hashText('good process')).not.toBe(hashText('good processes'));
	// FNV-1a of "a", as published: the stored fingerprints depend on the same numbers.
	expect(hashText('a')).toBe(0xe40c292c);
	expect(Number.isInteger(hashText('good process')) && hashText('good process') >= 0).toBe(true);
	expect(hashText('good process')).toBeLessThan(2 ** 32);
});

test("a pair's hash is the hash of its two words with a space between", () => {
	expect(pairHashes(['good', 'process', 'serves'])).toEqual([
		hashText('good process'),
		hashText('process serves'),
	]);
});

test('a fingerprint stores its hashes in base 36 and an index reads back the same numbers', () => {
	const stored = fingerprint('Good process serves you');
	expect(stored.pairs.split(' ')).toEqual(
		pairHashes(['good', 'process', 'serves', 'you']).map((hash) => hash.toString(36)),
	);
	expect(indexFingerprint(stored).pairs).toEqual(pairHashes(['good', 'process', 'serves', 'you']));
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
