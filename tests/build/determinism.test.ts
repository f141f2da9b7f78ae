/** Two builds of the same content give the same files, byte for byte, cards drawn afresh by each. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildFixture } from './buildFixture.ts';

const caches: string[] = [];
afterAll(() => caches.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

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

/** A build that draws every card, with a card cache of its own that starts empty. */
function buildDrawingEveryCard() {
	const cache = mkdtempSync(join(tmpdir(), 'day-one-cards-'));
	caches.push(cache);
	const build = buildFixture('valid-minimal', { SKIP_SOCIAL_CARDS: '', SOCIAL_CARDS_CACHE: cache });
	expect(build.status, build.output).toBe(0);
	const drawn = readdirSync(cache, { recursive: true }).length;
	return { ...build, drawn };
}

test('building the same content twice gives identical output, search index and freshly drawn social cards included', () => {
	const first = buildDrawingEveryCard();
	const before = fingerprint(first.outDir);
	const second = buildDrawingEveryCard();
	expect(fingerprint(second.outDir)).toEqual(before);
	expect(Object.keys(before).some((file) => file.startsWith('pagefind/'))).toBe(true);
	// Every page's social card is a PNG, and each build drew its own into an empty cache: the
	// comparison covers drawing, not a copy of one drawing.
	const cards = Object.keys(before).filter((file) => /^og\/.*\.png$/.test(file)).length;
	expect(cards).toBeGreaterThan(5);
	expect(first.drawn).toBeGreaterThanOrEqual(cards);
	expect(second.drawn).toBeGreaterThanOrEqual(cards);
}, 240_000);
