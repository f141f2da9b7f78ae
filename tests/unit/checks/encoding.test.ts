import { expect, test } from 'vitest';
import { encodingProblems, findInvalidUtf8 } from '../../../src/checks/encoding.ts';
import type { RawEntry } from '../../../src/checks/rawEntry.ts';

const bytes = (...parts: Array<string | number[]>) =>
	Buffer.concat(
		parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))),
	);

test('UTF-8 text, accents and all, passes', () => {
	expect(findInvalidUtf8(bytes('title: Café – “Day 1” 🚀\n'))).toBeUndefined();
});

test('the first byte that is not UTF-8 is found, with its line and column in characters', () => {
	// "ï" saved as Latin-1 (0xEF) on line 3, after a line of UTF-8 accents and dashes.
	expect(findInvalidUtf8(bytes('a\nCafé – b\nna', [0xef], 've x'))).toEqual({
		line: 3,
		column: 3,
		byte: 0xef,
	});
	expect(findInvalidUtf8(bytes('Café – caf', [0xe9], ' x'))).toEqual({
		line: 1,
		column: 11,
		byte: 0xe9,
	});
	expect(findInvalidUtf8(bytes('caf', [0xe9], '\n'))).toEqual({ line: 1, column: 4, byte: 0xe9 });
	// A character cut short: the byte that begins it is reported.
	expect(findInvalidUtf8(bytes('x', [0xe2, 0x80], 'x'))).toEqual({
		line: 1,
		column: 2,
		byte: 0xe2,
	});
	expect(findInvalidUtf8(bytes('x', [0x80]))).toEqual({ line: 1, column: 2, byte: 0x80 });
});

test('an entry that is not UTF-8 is reported at the byte, with how to save it as UTF-8', () => {
	const entry: RawEntry = {
		collection: 'essays',
		id: 'x',
		filePath: 'content/essays/x.mdx',
		data: {},
		body: '',
		invalidUtf8: { line: 12, column: 8, byte: 0xe9 },
	};
	expect(encodingProblems([entry, { ...entry, invalidUtf8: undefined }])).toMatchInlineSnapshot(`
		[
		  {
		    "filePath": "content/essays/x.mdx",
		    "lines": [
		      "line 12, column 8: the file is not UTF-8 (byte 0xE9 is not valid UTF-8 there).",
		      "The site reads every content file as UTF-8, so it would show � in place of that character; editors that save as Latin-1 or Windows-1252 write é, ’ and – this way.",
		      "Fix: open the file in the encoding it was saved in and save it as UTF-8 (in VS Code: "Reopen with Encoding", "Western (Windows 1252)", then "Save with Encoding", "UTF-8").",
		    ],
		  },
		]
	`);
});
