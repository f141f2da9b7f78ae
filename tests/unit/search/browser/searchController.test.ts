import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { SearchView } from '../../../../src/search/browser/showSearch.ts';
import type { SearchState } from '../../../../src/search/searchState.ts';

// The real showSearch loads Pagefind; here each call waits until the test answers it.
const calls: Array<{ state: SearchState; view: SearchView; answer: (total: number) => void }> = [];
vi.mock('../../../../src/search/browser/showSearch.ts', () => ({
	showSearch: (state: SearchState, view: SearchView) =>
		new Promise<number | null>((resolve) => {
			calls.push({
				state,
				view,
				answer: (total) => {
					view.status.textContent = `${total} found`;
					resolve(view.isCurrent() ? total : null);
				},
			});
		}),
}));

const { SearchController } = await import('../../../../src/search/browser/searchController.ts');

/** Stands in for the status line and the result list: the controller only sets text and clears. */
function fakeView() {
	const status = { textContent: 'old status' };
	const list = { cleared: 0, replaceChildren: () => (list.cleared += 1) };
	return {
		status,
		list,
		elements: { status: status as Element, list: list as unknown as Element },
	};
}

const state = (query: string): SearchState => ({ query, types: [], principles: [] });
const settle = () => new Promise((resolve) => setImmediate(resolve));

beforeEach(() => {
	calls.length = 0;
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
	vi.useRealTimers();
});

test('an empty query clears the results and the status, and loads no search code', async () => {
	const view = fakeView();
	const onClear = vi.fn();
	const controller = new SearchController({ ...view.elements, limit: 8, delay: 120, onClear });
	const seen: SearchState[] = [];
	await controller.search(state('   '), (normalised) => seen.push(normalised));
	expect(view.status.textContent).toBe('');
	expect(view.list.cleared).toBe(1);
	expect(onClear).toHaveBeenCalledOnce();
	expect(seen).toEqual([state('')]);
	expect(calls).toEqual([]);
});

test('the query is normalised once, before the callback and the search see it', async () => {
	const view = fakeView();
	const controller = new SearchController({ ...view.elements, limit: 20, delay: 150 });
	const seen: SearchState[] = [];
	const searching = controller.search(
		{ query: '  two-way   door ', types: ['Essay', 'Essay '], principles: [] },
		(normalised) => seen.push(normalised),
	);
	await settle();
	const expected = { query: 'two-way door', types: ['Essay'], principles: [] };
	expect(seen).toEqual([expected]);
	expect(calls.map((call) => call.state)).toEqual([expected]);
	expect(calls[0]!.view.limit).toBe(20);
	calls[0]!.answer(3);
	await searching;
});

test('"Searching…" shows only where asked for, and the count reaches onShown', async () => {
	const page = fakeView();
	const onShown = vi.fn();
	const controller = new SearchController({
		...page.elements,
		limit: 20,
		delay: 150,
		saySearching: true,
		onShown,
	});
	const searching = controller.search(state('prime'));
	expect(page.status.textContent).toBe('Searching…');
	await settle();
	calls[0]!.answer(4);
	await searching;
	expect(page.status.textContent).toBe('4 found');
	expect(onShown).toHaveBeenCalledWith(4);

	const dialog = fakeView();
	void new SearchController({ ...dialog.elements, limit: 8, delay: 120 }).search(state('prime'));
	expect(dialog.status.textContent).toBe('old status');
});

test('an older, slower search does not overwrite a newer one', async () => {
	const view = fakeView();
	const onShown = vi.fn();
	const controller = new SearchController({ ...view.elements, limit: 8, delay: 120, onShown });
	const older = controller.search(state('pri'));
	await settle();
	const newer = controller.search(state('prime'));
	await settle();
	expect(calls[0]!.view.isCurrent()).toBe(false);
	expect(calls[1]!.view.isCurrent()).toBe(true);
	calls[1]!.answer(5);
	await newer;
	calls[0]!.answer(9);
	await older;
	expect(onShown.mock.calls).toEqual([[5]]);
});

test('an empty query makes a search still running out of date', async () => {
	const view = fakeView();
	const controller = new SearchController({ ...view.elements, limit: 8, delay: 120 });
	void controller.search(state('prime'));
	await settle();
	await controller.search(state(''));
	expect(calls[0]!.view.isCurrent()).toBe(false);
});

test('typing searches once it pauses, for the text as it is then', async () => {
	const view = fakeView();
	const controller = new SearchController({ ...view.elements, limit: 8, delay: 120 });
	let typed = 'p';
	controller.later(() => state(typed));
	vi.advanceTimersByTime(100);
	typed = 'pr';
	controller.later(() => state(typed));
	typed = 'prime';
	vi.advanceTimersByTime(119);
	await settle();
	expect(calls).toEqual([]);
	vi.advanceTimersByTime(1);
	await settle();
	expect(calls.map((call) => call.state.query)).toEqual(['prime']);
});

test('searching at once drops a search still waiting for the typing to pause', async () => {
	const view = fakeView();
	const controller = new SearchController({ ...view.elements, limit: 20, delay: 150 });
	controller.later(() => state('waiting'));
	void controller.search(state('now'));
	vi.advanceTimersByTime(1000);
	await settle();
	expect(calls.map((call) => call.state.query)).toEqual(['now']);
});
