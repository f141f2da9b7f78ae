/**
 * The real content folder for the corpus tests, read by the same code as the content guard
 * (src/checks/build/readContentFiles.ts), and the fingerprints the originality test compares against.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readContentFiles } from '../../src/checks/build/readContentFiles.ts';
import { quotedSources, wordedSources } from '../../src/checks/wordingChecks.ts';
import type { Fingerprints, SourceIndex } from '../../src/checks/sourceFingerprints.ts';

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

/** The sources' fingerprints, by id, named as in messages: what the originality test compares against. */
export function fingerprintedSources(): Map<string, { index: SourceIndex; name: string }> {
	const stored = JSON.parse(
		readFileSync(join(ROOT, 'src/checks/data/source-fingerprints.json'), 'utf8'),
	) as { sources: Fingerprints };
	// The same lookups, names and order as the content guard's.
	const sources = readCollection('sources').map((source) => ({ ...source, collection: 'sources' }));
	return quotedSources(wordedSources(sources), stored.sources);
}
