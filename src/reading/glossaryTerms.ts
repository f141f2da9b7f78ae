/** A glossary term as the matcher needs it. */
export interface TermForMatch {
	id: string;
	term: string;
	aliases: string[];
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A function that finds the glossary terms a text uses, by their term or an alias, as whole words
 * and in any case, in glossary order, leaving out a page's own term (`exceptId`). The patterns
 * are compiled once here, not once per page.
 */
export function termMatcher(
	terms: TermForMatch[],
): (text: string, exceptId?: string) => TermForMatch[] {
	const patterns = terms.map((term) => {
		const names = [term.term, ...term.aliases].map(escapeRegExp).join('|');
		return {
			term,
			pattern: new RegExp(`(^|[^\\p{L}\\p{N}])(?:${names})($|[^\\p{L}\\p{N}])`, 'iu'),
		};
	});
	return (text, exceptId) =>
		patterns
			.filter(({ term, pattern }) => term.id !== exceptId && pattern.test(text))
			.map(({ term }) => term);
}

/** The glossary terms `text` uses (see `termMatcher`, which a caller with many texts should keep). */
export function termsUsedIn(
	text: string,
	terms: TermForMatch[],
	exceptId?: string,
): TermForMatch[] {
	return termMatcher(terms)(text, exceptId);
}
