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
 * The glossary terms `text` uses, by their term or an alias, as whole words and in any case, in
 * glossary order. A page's own term is left out by passing its id as `exceptId`.
 */
export function termsUsedIn(text: string, terms: TermForMatch[], exceptId?: string): TermForMatch[] {
	return terms.filter((term) => {
		if (term.id === exceptId) return false;
		return [term.term, ...term.aliases].some((name) =>
			new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name)}($|[^\\p{L}\\p{N}])`, 'iu').test(text),
		);
	});
}
