import { expect, test } from 'vitest';
import {
	pagefindFilters,
	parseSearchState,
	searchStateQuery,
} from '../../../src/search/searchUrl.ts';

test('query and repeated filters are read from the URL', () => {
	expect(
		parseSearchState(
			'?q=+prime++day+&type=Essay&type=Case+study&principle=Customer+obsession&type=Essay',
		),
	).toEqual({
		query: 'prime day',
		types: ['Essay', 'Case study'],
		principles: ['Customer obsession'],
	});
});

test('a state writes back to the same query string, leaving out what is empty', () => {
	const state = { query: 'prime', types: ['Essay'], principles: [] };
	expect(searchStateQuery(state)).toBe('?q=prime&type=Essay');
	expect(parseSearchState(searchStateQuery(state))).toEqual(state);
	expect(searchStateQuery({ query: '', types: [], principles: [] })).toBe('');
});

test('filters become Pagefind filters: any value within a filter, every filter at once', () => {
	expect(
		pagefindFilters({ query: 'x', types: ['Essay', 'Principle'], principles: ['Tough love'] }),
	).toEqual({
		type: { any: ['Essay', 'Principle'] },
		principle: { any: ['Tough love'] },
	});
	expect(pagefindFilters({ query: 'x', types: [], principles: [] })).toEqual({});
});

test('"search as typed" travels in the URL as typed=1, and only when asked for', () => {
	const state = { query: 'prmie', types: [], principles: [], asTyped: true };
	expect(searchStateQuery(state)).toBe('?q=prmie&typed=1');
	expect(parseSearchState('?q=prmie&typed=1')).toEqual(state);
	expect(parseSearchState('?q=prmie')).not.toHaveProperty('asTyped');
});
