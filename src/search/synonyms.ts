import { searchWords } from './searchWords.ts';

/** A glossary term and the other words readers type for it. */
export interface SynonymSource {
	term: string;
	aliases: string[];
}

/** Maps each alias (as search words joined by spaces) to its glossary term, the canonical word. */
export function buildSynonyms(terms: SynonymSource[]): Record<string, string> {
	const map: Record<string, string> = {};
	for (const { term, aliases } of terms) {
		const canonical = searchWords(term).join(' ');
		for (const alias of aliases) {
			const key = searchWords(alias).join(' ');
			if (key && key !== canonical) map[key] = canonical;
		}
	}
	return map;
}

/** An alias a query used, and the glossary term searched for it. */
export interface SynonymUse {
	alias: string;
	term: string;
}

/** One query to run: its text, and the alias it replaced, if any. */
export interface QueryVariant {
	text: string;
	synonym?: SynonymUse;
}

/** The queries to run for one search, and how to combine their results. */
export interface QueryPlan {
	variants: QueryVariant[];
	/**
	 * `priority` when the whole query is an alias: the reader named a known idea, so pages about
	 * its canonical term come first, then pages that use the reader's own words. Otherwise
	 * `score`: every variant's results are merged by score.
	 */
	order: 'priority' | 'score';
}

/**
 * The queries to run for `query`: itself, and one with each alias it contains replaced by its
 * canonical term, so a page that uses the canonical word is found by the synonym.
 */
export function queryPlan(query: string, synonyms: Record<string, string>): QueryPlan {
	const words = searchWords(query).join(' ');
	if (!words) return { variants: [], order: 'score' };
	const whole = Object.hasOwn(synonyms, words) ? synonyms[words] : undefined;
	if (whole)
		return {
			variants: [{ text: whole, synonym: { alias: words, term: whole } }, { text: words }],
			order: 'priority',
		};
	const text = ` ${words} `;
	const variants: QueryVariant[] = [{ text: words }];
	for (const [alias, term] of Object.entries(synonyms)) {
		if (text.includes(` ${alias} `))
			variants.push({
				text: text.replace(` ${alias} `, ` ${term} `).trim(),
				synonym: { alias, term },
			});
	}
	return { variants, order: 'score' };
}
