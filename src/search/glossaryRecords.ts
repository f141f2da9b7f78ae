/**
 * Each glossary term as a search result of its own: a small HTML document per term, indexed by
 * Pagefind under the term's anchor on the glossary page. A reader who types "irreversible" gets
 * the definition of a one-way door, not the glossary page as a whole (whose terms search skips).
 */
import { escapeHtml } from './escapeHtml.ts';
import { PAGE_WEIGHTS } from './pageWeights.ts';

/** What one term's search record holds. */
export interface TermRecordSource {
	/** The term's address: its anchor on the glossary page, without the site's base. */
	url: string;
	term: string;
	definition: string;
	aliases: string[];
	/** Titles of the principles the term is filed under, for the principle filter. */
	principles: string[];
	/** The kind of result, as the search filters name it. */
	type: string;
}

/** A search record: the address Pagefind returns, and the HTML it indexes for it. */
export interface SearchRecord {
	url: string;
	html: string;
}

/** The record of one term: its name weighted as a title, then its definition, then its aliases. */
export function termRecord(source: TermRecordSource): SearchRecord {
	const filters = [
		`<meta data-pagefind-filter="type[content]" content="${escapeHtml(source.type)}">`,
		...source.principles.map(
			(title) => `<meta data-pagefind-filter="principle[content]" content="${escapeHtml(title)}">`,
		),
	];
	const aliases =
		source.aliases.length > 0
			? `<p>Also called: <span data-pagefind-weight="${PAGE_WEIGHTS.alias}">${escapeHtml(source.aliases.join(', '))}</span></p>`
			: '';
	const html = [
		'<!doctype html><html lang="en"><head>',
		`<title>${escapeHtml(source.term)}</title>`,
		...filters,
		'</head><body><main data-pagefind-body>',
		`<h1 data-pagefind-weight="${PAGE_WEIGHTS.term}">${escapeHtml(source.term)}</h1>`,
		`<p>${escapeHtml(source.definition)}</p>`,
		aliases,
		'</main></body></html>',
	].join('');
	return { url: source.url, html };
}
