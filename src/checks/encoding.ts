/**
 * Checks that every content file is UTF-8. The build reads files as UTF-8, so a file saved as
 * Latin-1 or Windows-1252 would show "�" where its accented letters were, on the page and in search.
 */
import type { ContentProblem } from './contentErrors.ts';
import type { RawEntry } from './rawEntry.ts';

/** Where a file first breaks UTF-8: the line and column (in characters) and the byte found there. */
export interface InvalidUtf8 {
	line: number;
	column: number;
	byte: number;
}

/** How many bytes follow a lead byte, or -1 for a byte that cannot start a character. */
function continuationCount(byte: number): number {
	if (byte < 0x80) return 0;
	if (byte >= 0xc2 && byte <= 0xdf) return 1;
	if (byte >= 0xe0 && byte <= 0xef) return 2;
	if (byte >= 0xf0 && byte <= 0xf4) return 3;
	return -1;
}

/**
 * The offset of the first byte of `bytes` that does not begin a valid UTF-8 character, or -1: a
 * lone Latin-1 "é" (0xE9) is found at its own byte, not at the byte after it.
 */
function firstBadOffset(bytes: Uint8Array): number {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	for (let offset = 0; offset < bytes.length;) {
		const count = continuationCount(bytes[offset]!);
		if (count < 0) return offset;
		try {
			decoder.decode(bytes.subarray(offset, offset + count + 1));
		} catch {
			return offset;
		}
		offset += count + 1;
	}
	return -1;
}

/** Where `bytes` first break UTF-8, or undefined when they are UTF-8 throughout. */
export function findInvalidUtf8(bytes: Uint8Array): InvalidUtf8 | undefined {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return undefined;
	} catch {
		const offset = firstBadOffset(bytes);
		if (offset < 0) return undefined;
		const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
		let line = 1;
		for (let index = 0; index < lineStart; index++) if (bytes[index] === 0x0a) line++;
		const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
		return { line, column: [...before].length + 1, byte: bytes[offset]! };
	}
}

/** A problem for every entry that is not UTF-8, with where it first breaks. */
export function encodingProblems(entries: RawEntry[]): ContentProblem[] {
	return entries.flatMap((entry) => {
		const bad = entry.invalidUtf8;
		if (!bad) return [];
		const hex = `0x${bad.byte.toString(16).toUpperCase().padStart(2, '0')}`;
		return [
			{
				filePath: entry.filePath,
				lines: [
					`line ${bad.line}, column ${bad.column}: the file is not UTF-8 (byte ${hex} is not valid UTF-8 there).`,
					'The site reads every content file as UTF-8, so it would show � in place of that character; editors that save as Latin-1 or Windows-1252 write é, ’ and – this way.',
					'Fix: open the file in the encoding it was saved in and save it as UTF-8 (in VS Code: "Reopen with Encoding", "Western (Windows 1252)", then "Save with Encoding", "UTF-8").',
				],
			},
		];
	});
}
