/**
 * What search needs besides Pagefind's index: the site's vocabulary, for correcting typos, and
 * the glossary's synonyms. Built once from the content; fetched only when a reader searches.
 */
import { loadSite } from '../model/build/loadSite.ts';
import { describe } from '../reading/build/listItems.ts';
import { buildSynonyms } from '../search/synonyms.ts';
import { buildVocabulary } from '../search/searchVocabulary.ts';

export async function GET() {
	const site = await loadSite();
	const entries = [
		...site.principles,
		...site.caseStudies,
		...site.essays,
		...site.paths,
		...site.sources,
		...site.glossary,
	];
	const texts = entries.map((entry) => {
		const { title, summary } = describe(entry);
		return `${title} ${summary} ${entry.body ?? ''}`;
	});
	const synonyms = buildSynonyms(
		site.glossary.map((term) => ({ term: term.data.term, aliases: term.data.aliases })),
	);
	// Aliases are words readers type: they must be known, or typo correction would "fix" them away.
	texts.push(...site.glossary.flatMap((term) => term.data.aliases));
	return new Response(JSON.stringify({ vocabulary: buildVocabulary(texts), synonyms }), {
		headers: { 'Content-Type': 'application/json' },
	});
}
