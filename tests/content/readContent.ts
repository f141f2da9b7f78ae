/**
 * The real content folder for the corpus tests, read by the same code as the content guard
 * (src/checks/build/readContentFiles.ts), and the texts the originality test compares against.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readContentFiles } from '../../src/checks/build/readContentFiles.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const entries = readContentFiles(join(ROOT, 'content'), ROOT);

/** An entry with its front matter as plain data. */
export interface ContentEntry {
	id: string;
	filePath: string;
	data: Record<string, any>;
	body: string;
}

/** Every entry of `collection`. */
export function readCollection(collection: string): ContentEntry[] {
	return entries
		.filter((entry) => entry.collection === collection)
		.map((entry) => ({ id: entry.id, filePath: entry.filePath, data: (entry.data ?? {}) as Record<string, any>, body: entry.body }));
}

/** The texts the originality test compares every page against. */
export function readSecondarySources(): Array<{ name: string; text: string }> {
	const folder = join(ROOT, 'tests/content/secondary-sources');
	return readdirSync(folder)
		.filter((name) => name.endsWith('.txt'))
		.map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
}
