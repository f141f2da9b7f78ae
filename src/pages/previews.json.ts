/**
 * What link previews show (src/reading/linkPreview.ts): every entry's kind, title and summary,
 * and every glossary term's definition, by the address links use. Built once from the registry's
 * `describe()`, as pages and search describe entries; a page fetches it only when a reader first
 * hovers or focuses a link, so it costs nothing before that.
 */
import { loadSite, type AnyEntry } from '../model/build/loadSite.ts';
import { ALL_COLLECTIONS, COLLECTIONS, describeEntry } from '../model/collections.ts';
import { entryPath } from '../model/urls.ts';
import { previewData } from '../reading/linkPreview.ts';

export async function GET() {
	const site = await loadSite();
	// Every collection of the registry: a new kind of page gets previews without a word here.
	const items = ALL_COLLECTIONS.flatMap((collection) =>
		(site[collection] as AnyEntry[]).map((entry) => {
			const { title, lead } = describeEntry(collection, entry as never);
			return {
				path: entryPath(collection, entry.id),
				kind: COLLECTIONS[collection].label.one,
				title,
				summary: lead,
			};
		}),
	);
	return new Response(JSON.stringify(previewData(items)), {
		headers: { 'Content-Type': 'application/json' },
	});
}
