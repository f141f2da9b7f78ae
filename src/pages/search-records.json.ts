/**
 * The search records that are not pages of their own: one per glossary term (glossaryRecords.ts).
 * Written at build time for the search index integration, which indexes them and then deletes
 * this file: readers never fetch it.
 */
import { loadSite, lookUp } from '../model/build/loadSite.ts';
import { COLLECTIONS } from '../model/collections.ts';
import { entryPath } from '../model/urls.ts';
import { termRecord } from '../search/glossaryRecords.ts';

export async function GET() {
	const site = await loadSite();
	const records = site.glossary.map((term) =>
		termRecord({
			url: entryPath('glossary', term.id),
			term: term.data.term,
			definition: term.data.definition,
			aliases: term.data.aliases,
			principles: term.data.principles.map((ref) => lookUp(site, ref).data.title),
			type: COLLECTIONS.glossary.label.one,
		}),
	);
	return new Response(JSON.stringify(records), {
		headers: { 'Content-Type': 'application/json' },
	});
}
