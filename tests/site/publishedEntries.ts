/**
 * The content's entries as read from content/, for site tests that check the build against the
 * source rather than against itself.
 */
import { join, resolve } from 'node:path';
import { readContentFiles } from '../../src/checks/build/readContentFiles.ts';
import {
	COLLECTIONS,
	type CollectionName,
	type CollectionRecord,
} from '../../src/model/collections.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every entry file under content/, drafts included. */
export const contentEntries = readContentFiles(join(ROOT, 'content'), ROOT);

/** A collection's published entries, in file-name order: drafts are left out, as the build leaves them. */
export function publishedEntries(collection: CollectionName) {
	const record = COLLECTIONS[collection] as CollectionRecord<CollectionName>;
	return contentEntries
		.filter((entry) => entry.collection === collection)
		.filter((entry) => !record.isDraft?.(entry.data as never));
}

/** The ids of a collection's published entries. */
export function publishedIds(collection: CollectionName): string[] {
	return publishedEntries(collection).map((entry) => entry.id);
}
