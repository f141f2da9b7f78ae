import { normalizeSearchState, type SearchState } from './searchState.ts';

/**
 * Reads the state from a URL's query string: `?q=…&type=…&principle=…` (filters repeat), and
 * `typed=1` to search the words as typed, without typo correction.
 */
export function parseSearchState(search: string): SearchState {
	const params = new URLSearchParams(search);
	return normalizeSearchState({
		query: params.get('q') ?? '',
		types: params.getAll('type'),
		principles: params.getAll('principle'),
		asTyped: params.get('typed') === '1',
	});
}

/** The query string for a state, with empty parts left out, so a shared link holds only what matters. */
export function searchStateQuery(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const type of state.types) params.append('type', type);
	for (const principle of state.principles) params.append('principle', principle);
	if (state.asTyped) params.set('typed', '1');
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
