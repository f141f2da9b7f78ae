import {
	cpSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import {
	cardCache,
	DRAWING_CODE,
	drawingCodeVersion,
	UNUSED_DAYS,
} from '../../../src/cards/build/cardCache.ts';
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

const DAY = 24 * 60 * 60 * 1000;

test('a build keeps the cards other builds use: only cards unused for UNUSED_DAYS are removed', () => {
	const folder = scratch();
	// Two builds of different content (a fixture and the real site) share the folder.
	const fixture = cardCache(folder, 'v1');
	fixture.put(text('Fixture essay'), png(1));
	const site = cardCache(folder, 'v1');
	site.put(text('Kindle'), png(2));
	site.prune(Date.now());
	expect(fixture.get(text('Fixture essay'))).toEqual(png(1));
	expect(site.get(text('Kindle'))).toEqual(png(2));
	// Long after, a card used again survives and one no build has used is removed.
	const later = Date.now() + (UNUSED_DAYS + 1) * DAY;
	const touched = join(folder, readdirSync(folder).sort()[0]!);
	utimesSync(touched, new Date(later), new Date(later));
	site.prune(later);
	expect(readdirSync(folder)).toEqual([touched.slice(folder.length + 1)]);
});

test('using a kept card marks it used, so a card read every build is never removed', () => {
	const folder = scratch();
	const cache = cardCache(folder, 'v1');
	cache.put(text('Kindle'), png(1));
	const file = join(folder, readdirSync(folder)[0]!);
	const old = new Date(Date.now() - (UNUSED_DAYS + 1) * DAY);
	utimesSync(file, old, old);
	expect(cache.get(text('Kindle'))).toEqual(png(1));
	cache.prune(Date.now());
	expect(cache.get(text('Kindle'))).toEqual(png(1));
});

test('a cache that cannot be written to does not stop the build: the card is drawn next time', () => {
	const blocked = join(scratch(), 'a-file');
	writeFileSync(blocked, '');
	const cache = cardCache(join(blocked, 'cards'), 'v1');
	expect(() => cache.put(text('Kindle'), png(1))).not.toThrow();
	expect(cache.get(text('Kindle'))).toBeUndefined();
	expect(() => cache.prune(Date.now())).not.toThrow();
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
