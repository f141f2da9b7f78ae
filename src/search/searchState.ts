/**
 * What a search is for, and the one rule that normalises it. Kept apart from the URL code so the
 * dialog, which loads on every page, carries only this.
 */
import { normalizeQuery } from './searchQuery.ts';

/** What a search is for: the query and the chosen filters (the search page keeps all three in the URL). */
export interface SearchState {
	query: string;
	/** Content types, such as "Essay". */
	types: string[];
	/** Principle titles, such as "Customer obsession". */
	principles: string[];
	/** Search the words as typed, without correcting typos ("Search instead for …"). */
	asTyped?: boolean;
}

/**
 * A state as the site searches it: the query normalised (see `normalizeQuery`), and filter values
 * trimmed, with empty and repeated ones left out. The one place a query is normalised: the state
 * read from the URL and the state of a form both pass through here.
 */
export function normalizeSearchState(state: SearchState): SearchState {
	const values = (list: string[]) => [
		...new Set(list.map((value) => value.trim()).filter(Boolean)),
	];
	return {
		query: normalizeQuery(state.query),
		types: values(state.types),
		principles: values(state.principles),
		...(state.asTyped ? { asTyped: true } : {}),
	};
}
