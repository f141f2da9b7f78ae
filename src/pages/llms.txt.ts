/**
 * The handbook's outline for tools that read text (the llms.txt format): a section a kind of
 * page, each page linking its Markdown; glossary terms, which share one page, with their
 * definitions.
 */
import { SITE_NAME, SITE_SUMMARY } from '../config.ts';
import {
	ALL_COLLECTIONS,
	COLLECTIONS,
	collectionRecord,
	describeEntry,
} from '../model/collections.ts';
import { loadSite, type AnyEntry } from '../model/build/loadSite.ts';
import { entryPath, markdownPath } from '../model/urls.ts';
import { llmsText } from '../reading/pageMarkdown.ts';

export async function GET() {
	const site = await loadSite();
	const base = import.meta.env.BASE_URL;
	const sections = ALL_COLLECTIONS.map((collection) => {
		const ownPages = collectionRecord(collection).pages === 'own';
		return {
			heading: COLLECTIONS[collection].label.many,
			items: (site[collection] as AnyEntry[]).map((entry) => {
				const { title, lead } = describeEntry(collection, entry as never);
				return {
					title,
					href: ownPages
						? markdownPath(collection, entry.id, base)
						: entryPath(collection, entry.id, base),
					note: lead,
				};
			}),
		};
	});
	return new Response(llmsText(SITE_NAME, SITE_SUMMARY, sections), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
}
