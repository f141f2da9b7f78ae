/**
 * Runs a search and shows it, for both search interfaces: results into the list, the count (and
 * any correction) into the status line, help into the notes, or a calm sentence when search
 * cannot load.
 */
import { searchStatusText, searchUnavailableText } from '../searchQuery.ts';
import type { SearchState } from '../searchState.ts';
import { renderNotes } from './renderNotes.ts';
import { renderResults } from './renderResults.ts';
import { runSearch } from './siteSearch.ts';

/** Where a search shows, and whether it is still the latest one the reader asked for. */
export interface SearchView {
	list: Element;
	status: Element;
	/** Where notes go: the query as typed after a correction, help when nothing matched. */
	notes?: Element;
	/** False where the view shows where to browse itself, when nothing matched (`renderNotes`). */
	browseNote?: boolean;
	limit: number;
	/** False once the reader has typed again: a slower, older search must not overwrite the newer one. */
	isCurrent: () => boolean;
}

/** The number of pages found, undefined when search failed, or null when a newer search took over. */
export async function showSearch(
	state: SearchState,
	view: SearchView,
): Promise<number | undefined | null> {
	try {
		const outcome = await runSearch(state, view.limit);
		if (!view.isCurrent()) return null;
		view.list.replaceChildren(...renderResults(outcome.results));
		view.status.textContent = searchStatusText(outcome);
		view.notes?.replaceChildren(...renderNotes(outcome, view.browseNote ?? true));
		return outcome.total;
	} catch {
		if (!view.isCurrent()) return null;
		view.status.textContent = searchUnavailableText(import.meta.env.DEV);
		view.notes?.replaceChildren();
		return undefined;
	}
}
