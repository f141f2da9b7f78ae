/** Two builds of the same content give the same files, byte for byte. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { buildFixture } from './buildFixture.ts';

function fingerprint(outDir: string): Record<string, string> {
	const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) =>
		entry.isFile(),
	);
	return Object.fromEntries(
		files.map((entry) => {
			const file = join(entry.parentPath, entry.name);
			return [
				relative(outDir, file),
				createHash('sha256').update(readFileSync(file)).digest('hex'),
			];
		}),
	);
}

test('building the same content twice gives identical output, search index and social cards included', () => {
	const first = buildFixture('valid-minimal');
	expect(first.status, first.output).toBe(0);
	const before = fingerprint(first.outDir);
	const second = buildFixture('valid-minimal');
	expect(second.status, second.output).toBe(0);
	expect(fingerprint(second.outDir)).toEqual(before);
	expect(Object.keys(before).some((file) => file.startsWith('pagefind/'))).toBe(true);
	// Every page's social card is a PNG drawn at build time: the comparison covers those too.
	expect(Object.keys(before).filter((file) => /^og\/.*\.png$/.test(file)).length).toBeGreaterThan(
		5,
	);
}, 240_000);
