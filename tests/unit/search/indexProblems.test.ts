import { expect, test } from 'vitest';
import { indexProblems } from '../../../src/search/indexProblems.ts';

test('a clean run with pages has no problems', () => {
	expect(indexProblems({ errors: [], page_count: 12 }, { errors: [] })).toEqual([]);
});

test('an index of no pages is a problem even though Pagefind reports no error', () => {
	expect(indexProblems({ errors: [], page_count: 0 }, { errors: [] })[0]).toMatch(
		/found no pages to index/,
	);
});

test("Pagefind's own errors are passed on", () => {
	expect(indexProblems({ errors: ['bad html'], page_count: 3 }, { errors: ['disk full'] })).toEqual(
		['bad html', 'disk full'],
	);
});
