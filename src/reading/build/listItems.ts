/**
 * Turns entries into the plain items lists and path steps show: a link, a title, a summary.
 * One function per shape, so every list on the site describes an entry the same way: through its
 * collection's record. An edge: the date an item last changed comes from git.
 */
import { describeEntry, type CollectionName } from '../../model/collections.ts';
import { entryPath } from '../../model/urls.ts';
import type { AnyEntry, ReadingPath, Site } from '../../model/build/loadSite.ts';
import { lookUp } from '../../model/build/loadSite.ts';
import { lastUpdated } from './lastUpdated.ts';

/** What a list shows for one entry. */
export interface ListItem {
	href: string;
	title: string;
	summary: string;
	meta?: string;
	/** When the page last changed (YYYY-MM-DD), for "new since your last visit". */
	updated?: string;
}

/** The list item for one entry. */
export function toListItem(entry: AnyEntry, base: string): ListItem {
	const { title, lead, meta } = describeEntry(entry.collection, entry as never);
	const updated = lastUpdated(entry)?.toISOString().slice(0, 10);
	return { href: entryPath(entry.collection, entry.id, base), title, summary: lead, meta, updated };
}

/** Every entry of a collection as list items, in the site's order. */
export function listItems(site: Site, collection: CollectionName, base: string): ListItem[] {
	return (site[collection] as AnyEntry[]).map((entry) => toListItem(entry, base));
}

/** Pages that cite the source `sourceId`, in the site's order of collections. */
export function citingPages(site: Site, sourceId: string, base: string): ListItem[] {
	const citing = (Object.values(site).flat() as AnyEntry[]).filter(
		(entry) =>
			entry.id !== sourceId &&
			'sources' in entry.data &&
			entry.data.sources.some((ref) => ref.id === sourceId),
	);
	return citing.map((entry) => toListItem(entry, base));
}

/** A path's steps with the page each one names, and their knowledge checks. */
export function pathSteps(site: Site, path: ReadingPath, base: string) {
	return path.data.steps.map((step) => {
		const entry = lookUp(site, {
			collection: step.page.collection as CollectionName,
			id: step.page.id,
		});
		return {
			...toListItem(entry, base),
			minutes: step.minutes,
			prompt: step.prompt,
			checks: step.checks,
		};
	});
}
