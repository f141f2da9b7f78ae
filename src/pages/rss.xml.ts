/** The RSS feed of every collection whose record has a `feed` (essays and case studies), newest first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { FEED_DESCRIPTION, FEED_TITLE } from '../config.ts';
import { loadSite, type AnyEntry } from '../model/build/loadSite.ts';
import {
	ALL_COLLECTIONS,
	collectionRecord,
	type CollectionName,
	type CollectionRecord,
} from '../model/collections.ts';
import { entryPath } from '../model/urls.ts';
import { lastUpdated } from '../reading/build/lastUpdated.ts';

export async function GET(context: APIContext) {
	const site = await loadSite();
	const base = import.meta.env.BASE_URL;
	const items = ALL_COLLECTIONS.flatMap((collection) => {
		const record = collectionRecord(collection) as CollectionRecord<CollectionName>;
		const { feed } = record;
		if (!feed) return [];
		return (site[collection] as AnyEntry[]).map((entry) => {
			const { title, lead } = record.describe(entry as never);
			const { pubDate, tags } = feed(entry as never, lastUpdated(entry));
			return {
				title,
				description: lead,
				link: entryPath(collection, entry.id, base),
				pubDate,
				categories: [record.label.one, ...tags],
			};
		});
	});
	return rss({
		title: FEED_TITLE,
		description: FEED_DESCRIPTION,
		site: context.site!,
		items: items.sort((a, b) => (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0)),
	});
}
