/**
 * The notes under the status line: a way back to the query as typed when a typo was corrected,
 * and, when nothing matched, the handbook's closest words and where to browse instead.
 */
import { collectionPath, sitePath } from '../../model/urls.ts';
import { searchStateQuery } from '../searchUrl.ts';
import { link } from './renderResults.ts';
import type { SearchOutcome } from './siteSearch.ts';

const base = import.meta.env.BASE_URL;

/** A link that searches for `query`, as typed (no correction) when `asTyped`. */
function searchLink(query: string, asTyped = false): HTMLAnchorElement {
	const state = { query, types: [], principles: [], asTyped };
	return link(`${sitePath('search', base)}${searchStateQuery(state)}`, query);
}

function paragraph(...parts: Array<string | Node>): HTMLParagraphElement {
	const element = document.createElement('p');
	element.append(...parts);
	return element;
}

/**
 * Paragraphs for the notes of `outcome` (none when the search simply found pages). `browse`
 * false leaves out where to browse instead, for a view that shows that help itself (the search
 * page's suggestions), so a reader meets it once.
 */
export function renderNotes(outcome: SearchOutcome, browse = true): HTMLParagraphElement[] {
	const notes: HTMLParagraphElement[] = [];
	if (outcome.correctedQuery) {
		const typed = searchLink(outcome.query, true);
		typed.dataset.testid = 'search-as-typed';
		notes.push(paragraph('Search instead for ', typed, '.'));
	}
	if (outcome.total === 0) {
		if (outcome.suggestions.length > 0) {
			const words = outcome.suggestions.flatMap((word, i) => [
				...(i > 0 ? [', '] : []),
				searchLink(word),
			]);
			notes.push(paragraph('Closest words in the handbook: ', ...words, '.'));
		}
		if (browse)
			notes.push(
				paragraph(
					'Or look the idea up in the ',
					link(collectionPath('glossary', base), 'glossary'),
					', or start with a ',
					link(collectionPath('paths', base), 'reading path'),
					'.',
				),
			);
	}
	return notes;
}
