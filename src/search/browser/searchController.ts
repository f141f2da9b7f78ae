/**
 * The searching that the header's dialog and the search page share: it waits for a pause in the
 * typing, normalises the query, clears the results and status for an empty one, can say
 * "Searching…" while it works, loads the search code on the first search, and lets only the
 * newest search show its answer. What belongs to one interface (opening the dialog, the page's
 * URL, filters and suggestions) stays in its component and hooks in through the callbacks.
 *
 * Importing this loads nothing of search: Pagefind, the search data and the code that runs a
 * search are fetched only by `preloadSearch` or by the first search with a query.
 */
import { debounce, latestTicket, type Debounce } from '../searchSchedule.ts';
import { normalizeSearchState, type SearchState } from '../searchState.ts';

/** Fetches Pagefind and the search data ahead of a first search (the dialog's button on hover or focus). */
export function preloadSearch(): void {
	void import('./siteSearch.ts').then((search) => search.loadSearch()).catch(() => {});
}

export interface SearchControllerOptions {
	/** The list the results go into. */
	list: Element;
	/** The status line (role="status") that reports the count, a correction or a failure. */
	status: Element;
	/** Where notes go under the status line (see showSearch.ts). */
	notes?: Element;
	/** False where the interface shows where to browse itself when nothing matched. */
	browseNote?: boolean;
	/** How many results to show at first, and how many more each `showMore` adds. */
	limit: number;
	/** Milliseconds without typing before `later` searches. */
	delay: number;
	/** Whether the status line says "Searching…" while a search runs. */
	saySearching?: boolean;
	/** After an empty query has cleared the results and the status line. */
	onClear?: () => void;
	/** After the newest search has shown: the number of pages found, or undefined when search failed. */
	onShown?: (total: number | undefined) => void;
}

/** Called with the normalised state before the search runs, an empty one included. */
export type BeforeSearch = (state: SearchState) => void;

export class SearchController {
	readonly #options: SearchControllerOptions;
	readonly #wait: Debounce;
	readonly #takeTicket = latestTicket();
	/** Results shown for the current query: `limit`, raised by `showMore`, reset by a new query. */
	#shown = 0;
	#query = '';

	constructor(options: SearchControllerOptions) {
		this.#options = options;
		this.#wait = debounce(options.delay);
	}

	/** Searches once the typing pauses; `read` gives the state then, so the newest text is searched. */
	later(read: () => SearchState, before?: BeforeSearch): void {
		this.#wait.later(() => void this.search(read(), before));
	}

	/**
	 * Shows `limit` more results for `raw`. The search runs again, but what Pagefind has loaded (its
	 * index chunks and the pages already shown) is reused, so only the new pages are fetched.
	 */
	async showMore(raw: SearchState): Promise<void> {
		this.#shown += this.#options.limit;
		await this.search(raw, undefined, false);
	}

	/** Searches now, dropping a search still waiting for a pause in the typing. */
	async search(raw: SearchState, before?: BeforeSearch, fromStart = true): Promise<void> {
		this.#wait.cancel();
		const isCurrent = this.#takeTicket();
		const state = normalizeSearchState(raw);
		before?.(state);
		const { list, status, notes, browseNote, saySearching, onClear, onShown } = this.#options;
		if (fromStart || state.query !== this.#query) this.#shown = this.#options.limit;
		this.#query = state.query;
		const limit = this.#shown;
		if (!state.query) {
			status.textContent = '';
			list.replaceChildren();
			notes?.replaceChildren();
			onClear?.();
			return;
		}
		if (saySearching && fromStart) status.textContent = 'Searching…';
		const { showSearch } = await import('./showSearch.ts');
		const view = { list, status, notes, browseNote, limit, isCurrent };
		const total = await showSearch(state, view);
		if (total !== null) onShown?.(total);
	}
}
