import { expect, test } from 'vitest';
import { normalizeSearchState } from '../../../src/search/searchState.ts';
import { parseSearchState, searchStateQuery } from '../../../src/search/searchUrl.ts';

test('a state from the form is normalised as the URL would read it', () => {
	const typed = {
		query: '  two-way   door ',
		types: ['Essay', ' Essay', ''],
		principles: ['Tough love ', 'Tough love'],
	};
	expect(normalizeSearchState(typed)).toEqual({
		query: 'two-way door',
		types: ['Essay'],
		principles: ['Tough love'],
	});
	expect(normalizeSearchState(typed)).toEqual(parseSearchState(searchStateQuery(typed)));
	expect(normalizeSearchState({ query: '   ', types: [], principles: [] }).query).toBe('');
	expect(normalizeSearchState({ query: 'x'.repeat(500), types: [], principles: [] }).query).toBe(
		'x'.repeat(200),
	);
});
