import { expect, test } from 'vitest';
import { buildSynonyms, queryPlan } from '../../../src/search/synonyms.ts';

const synonyms = buildSynonyms([
	{ term: 'Proxy', aliases: ['KPI', 'metric'] },
	{ term: 'Prime', aliases: ['free shipping membership', 'Prime'] },
]);

test('aliases map to their term, as search words', () => {
	expect(synonyms).toEqual({ kpi: 'proxy', metric: 'proxy', 'free shipping membership': 'prime' });
});

test('a query that is wholly an alias searches the term first, then the words typed', () => {
	expect(queryPlan('Free shipping  membership', synonyms)).toEqual({
		variants: [
			{ text: 'prime', synonym: { alias: 'free shipping membership', term: 'prime' } },
			{ text: 'free shipping membership' },
		],
		order: 'priority',
	});
});

test('an alias inside a longer query adds a variant, merged by score', () => {
	expect(queryPlan('which kpi matters', synonyms)).toEqual({
		variants: [
			{ text: 'which kpi matters' },
			{ text: 'which proxy matters', synonym: { alias: 'kpi', term: 'proxy' } },
		],
		order: 'score',
	});
});

test('a query with no alias is searched as typed', () => {
	expect(queryPlan('royalties', synonyms)).toEqual({
		variants: [{ text: 'royalties' }],
		order: 'score',
	});
	expect(queryPlan('  ', synonyms).variants).toEqual([]);
});
