/**
 * Which principles a letter states. A letter names some in its own `principles`; a principle
 * page that cites a letter traces its idea through it, so that letter states the principle too.
 * The page's citation is the one place that fact is written: `withCitingPrinciples()` adds it to
 * the letter, so that the principle's "Through the letters", the map, the letter's own page and
 * card, and search all read one list. Pure: `loadSite()` applies it once per build.
 */

/** A reference between entries, as the content schemas give them. */
interface Reference {
	collection: string;
	id: string;
}

/** What this module reads of a letter and of a principle. */
interface NamesPrinciples {
	id: string;
	data: { principles: Reference[] };
}
interface CitesSources {
	id: string;
	data: { sources: Reference[] };
}

/**
 * `letters`, each with the principles it names and then, in the order of `principles`, those whose
 * pages cite it and that it does not name. A letter no page adds to is returned as it was.
 */
export function withCitingPrinciples<L extends NamesPrinciples>(
	letters: L[],
	principles: CitesSources[],
): L[] {
	return letters.map((letter) => {
		const named = new Set(letter.data.principles.map((ref) => ref.id));
		const added = principles
			.filter((principle) => !named.has(principle.id))
			.filter((principle) => principle.data.sources.some((ref) => ref.id === letter.id))
			.map((principle) => ({ collection: 'principles' as const, id: principle.id }));
		if (added.length === 0) return letter;
		const principlesOfLetter = [...letter.data.principles, ...added];
		return { ...letter, data: { ...letter.data, principles: principlesOfLetter } } as L;
	});
}
