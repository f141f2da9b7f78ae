/**
 * Turns entries into the plain items lists and path steps show: a link, a title, a summary.
 * One function per shape, so every list on the site describes an entry the same way.
 */
import { entryPath, type CollectionName, type PageCollection } from '../../model/collections.ts';
import { lastUpdated } from './lastUpdated.ts';
import {
	listOf,
	lookUp,
	type AnyEntry,
	type ReadingPath,
	type Site,
} from '../../model/build/loadSite.ts';

/** What a list shows for one entry. */
export interface ListItem {
	href: string;
	title: string;
	summary: string;
	meta?: string;
	/** When the page last changed (YYYY-MM-DD), for "new since your last visit". */
	updated?: string;
}

/** Title, summary and a short fact for any entry. */
export function describe(entry: AnyEntry): Omit<ListItem, 'href'> {
	switch (entry.collection) {
		case 'principles':
			return { title: entry.data.title, summary: entry.data.summary };
		case 'essays':
			return {
				title: entry.data.title,
				summary: entry.data.description,
				meta: `By ${entry.data.author}`,
			};
		case 'case-studies':
			return {
				title: entry.data.title,
				summary: entry.data.summary,
				meta: String(entry.data.year),
			};
		case 'sources':
			return {
				title: entry.data.title,
				summary: entry.data.notes ?? entry.data.publisher,
				meta: `${entry.data.publisher}, ${entry.data.published}`,
			};
		case 'glossary':
			return { title: entry.data.term, summary: entry.data.definition };
		case 'paths':
			return {
				title: entry.data.title,
				summary: entry.data.summary,
				meta: `${entry.data.audience} · ${entry.data.steps.length} steps`,
			};
	}
}

/** The list item for one entry. */
export function toListItem(entry: AnyEntry, base: string): ListItem {
	const updated = lastUpdated(entry)?.toISOString().slice(0, 10);
	return { href: entryPath(entry.collection, entry.id, base), ...describe(entry), updated };
}

/** Every entry of a collection as list items, in the site's order. */
export function listItems(site: Site, collection: PageCollection, base: string): ListItem[] {
	return listOf(site, collection).map((entry) => toListItem(entry, base));
}

/** Pages that cite the source `sourceId`, principles first, then case studies and essays. */
export function citingPages(site: Site, sourceId: string, base: string): ListItem[] {
	const citing: AnyEntry[] = [
		...site.principles,
		...site.caseStudies,
		...site.essays,
		...site.glossary,
	].filter((entry) => entry.data.sources.some((ref) => ref.id === sourceId));
	return citing.map((entry) => toListItem(entry, base));
}

/** A path's steps with the page each one names. */
export function pathSteps(site: Site, path: ReadingPath, base: string) {
	return path.data.steps.map((step) => {
		const entry = lookUp(site, {
			collection: step.page.collection as CollectionName,
			id: step.page.id,
		});
		return { ...toListItem(entry, base), minutes: step.minutes, prompt: step.prompt };
	});
}
