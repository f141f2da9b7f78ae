/** The content files as the site tests read them, straight from disk: the truth the built pages must match. */
import { join, resolve } from 'node:path';
import { readContentFiles } from '../../src/checks/build/readContentFiles.ts';
import {
	COLLECTIONS,
	type CollectionName,
	type CollectionRecord,
} from '../../src/model/collections.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every entry in `content/`, drafts included. */
export const contentEntries = readContentFiles(join(ROOT, 'content'), ROOT);

/** A collection's published entries (no drafts), in file-name order. */
export function publishedEntries(collection: CollectionName) {
	const record = COLLECTIONS[collection] as CollectionRecord<CollectionName>;
	return contentEntries
		.filter((entry) => entry.collection === collection)
		.filter((entry) => !record.isDraft?.(entry.data as never));
}
