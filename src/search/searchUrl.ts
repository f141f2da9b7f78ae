import { normalizeQuery } from './searchQuery.ts';

/** What the search page shows: the query and the chosen filters, all kept in the URL. */
export interface SearchState {
	query: string;
	/** Content types, such as "Essay". */
	types: string[];
	/** Principle titles, such as "Customer obsession". */
	principles: string[];
}

/**
 * A state as the site searches it: the query normalised (see `normalizeQuery`), and filter values
 * trimmed, with empty and repeated ones left out. The one place a query is normalised: the URL's
 * state and the form's both pass through here.
 */
export function normalizeSearchState(state: SearchState): SearchState {
	const values = (list: string[]) => [
		...new Set(list.map((value) => value.trim()).filter(Boolean)),
	];
	return {
		query: normalizeQuery(state.query),
		types: values(state.types),
		principles: values(state.principles),
	};
}

/** Reads the state from a URL's query string: `?q=…&type=…&principle=…` (filters repeat). */
export function parseSearchState(search: string): SearchState {
	const params = new URLSearchParams(search);
	return normalizeSearchState({
		query: params.get('q') ?? '',
		types: params.getAll('type'),
		principles: params.getAll('principle'),
	});
}

/** The query string for a state, with empty parts left out, so a shared link holds only what matters. */
export function searchStateQuery(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const type of state.types) params.append('type', type);
	for (const principle of state.principles) params.append('principle', principle);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** Pagefind's filter object for a state: values within a filter widen (any), filters narrow (all). */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
	const filters: Record<string, { any: string[] }> = {};
	if (state.types.length) filters.type = { any: state.types };
	if (state.principles.length) filters.principle = { any: state.principles };
	return filters;
}
