import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { cardCache, DRAWING_CODE, drawingCodeVersion } from '../../../src/cards/build/cardCache.ts';
import type { CardText } from '../../../src/cards/cardText.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const folders: string[] = [];
function scratch(): string {
	const folder = mkdtempSync(join(tmpdir(), 'card-cache-'));
	folders.push(folder);
	return folder;
}
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const text = (title: string): CardText => ({
	kind: 'Essay',
	titleLines: [title],
	titleSize: 76,
	detailLines: ['Customer obsession'],
	footer: 'Day One',
	alt: `Essay: ${title}.`,
});
const png = (byte: number) => Uint8Array.of(0x89, 0x50, byte);

test('a card kept for a text is found for the same text, and for no other', () => {
	const cache = cardCache(scratch(), 'v1');
	cache.put(text('Process as a proxy'), png(1));
	expect(cache.get(text('Process as a proxy'))).toEqual(png(1));
	expect(cache.get(text('Process as proxy'))).toBeUndefined();
	expect(cache.get({ ...text('Process as a proxy'), titleSize: 64 })).toBeUndefined();
});

test('a card drawn by other code is not found: a change to the drawing draws every card again', () => {
	const folder = scratch();
	cardCache(folder, 'v1').put(text('Kindle'), png(1));
	expect(cardCache(folder, 'v2').get(text('Kindle'))).toBeUndefined();
	expect(cardCache(folder, 'v1').get(text('Kindle'))).toEqual(png(1));
});

test("the cache keeps only the cards of the site's pages, and leaves cards being written alone", () => {
	const folder = scratch();
	const cache = cardCache(folder, 'v1');
	cache.put(text('Kindle'), png(1));
	cache.put(text('Old title'), png(2));
	writeFileSync(join(folder, 'other-build.png.123.partial'), 'half');
	cache.keepOnly([text('Kindle')]);
	expect(cache.get(text('Kindle'))).toEqual(png(1));
	expect(cache.get(text('Old title'))).toBeUndefined();
	expect(readdirSync(folder)).toHaveLength(2);
});

test('a cache that cannot be written to does not stop the build: the card is drawn next time', () => {
	const blocked = join(scratch(), 'a-file');
	writeFileSync(blocked, '');
	const cache = cardCache(join(blocked, 'cards'), 'v1');
	expect(() => cache.put(text('Kindle'), png(1))).not.toThrow();
	expect(cache.get(text('Kindle'))).toBeUndefined();
	expect(() => cache.keepOnly([])).not.toThrow();
});

test('the code version changes with any file of the drawing code, and not otherwise', () => {
	const project = scratch();
	for (const folder of DRAWING_CODE)
		cpSync(join(ROOT, folder), join(project, folder), { recursive: true });
	const before = drawingCodeVersion(project);
	expect(drawingCodeVersion(project)).toBe(before);
	const markup = join(project, 'src/cards/cardMarkup.ts');
	writeFileSync(markup, `${readFileSync(markup, 'utf8')}\n// a change\n`);
	expect(drawingCodeVersion(project)).not.toBe(before);
});

/** The project files `file` imports, and theirs in turn (relative imports of source files). */
function importClosure(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	for (const [, target] of readFileSync(file, 'utf8').matchAll(
		/^import\s[^;]*?from\s+'(\.[^']+)'/gm,
	))
		importClosure(resolve(dirname(file), target!), seen);
	return seen;
}

test('every file a card worker runs lies in the drawing code the cache hashes', () => {
	const files = [...importClosure(join(ROOT, 'src/cards/build/cardWorker.ts'))].map((file) =>
		file.slice(ROOT.length + 1),
	);
	expect(files).toContain('src/cards/cardMarkup.ts');
	expect(files).toContain('src/brand/logoMark.ts');
	expect(
		files.filter((file) => !DRAWING_CODE.some((folder) => file.startsWith(`${folder}/`))),
	).toEqual([]);
});
