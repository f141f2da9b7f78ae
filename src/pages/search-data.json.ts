/**
 * What search needs besides Pagefind's index: the site's vocabulary, for telling the handbook's
 * words from others and correcting typos, and the glossary's synonyms. Built once from the
 * content; fetched only when a reader searches.
 */
import { loadSite, type AnyEntry } from '../model/build/loadSite.ts';
import { ALL_COLLECTIONS, describeEntry } from '../model/collections.ts';
import { buildSynonyms } from '../search/synonyms.ts';
import { buildSearchData, stringsIn } from '../search/searchVocabulary.ts';

export async function GET() {
	const site = await loadSite();
	// Every collection of the registry: a new one is searchable and typo-corrected without a word here.
	const entries = ALL_COLLECTIONS.flatMap((collection): AnyEntry[] => site[collection]);
	// Every field too, not only the body: a case study's context or a path's notes are on its page,
	// and search treats a word missing from the vocabulary as one the handbook never uses.
	const texts = entries.map((entry) => {
		const { title, lead } = describeEntry(entry.collection, entry as never);
		return [title, lead, entry.body ?? '', ...stringsIn(entry.data)].join(' ');
	});
	const synonyms = buildSynonyms(
		site.glossary.map((term) => ({ term: term.data.term, aliases: term.data.aliases })),
	);
	// Aliases are words readers type: they must be known, or typo correction would "fix" them away.
	texts.push(...site.glossary.flatMap((term) => term.data.aliases));
	return new Response(JSON.stringify(buildSearchData(texts, synonyms)), {
		headers: { 'Content-Type': 'application/json' },
	});
}
