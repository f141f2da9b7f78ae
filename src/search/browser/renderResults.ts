/**
 * Builds the result list both search interfaces show. Titles and queries are set as text; only
 * excerpts are set as HTML, because they are escaped page text with nothing but <mark> added
 * (resultExcerpt.ts; sections' excerpts are Pagefind's, made the same way).
 */
import type { ResultView } from './siteSearch.ts';

/** A link with `text` as its text (never as HTML). */
export function link(url: string, text: string): HTMLAnchorElement {
	const anchor = document.createElement('a');
	anchor.href = url;
	anchor.textContent = text;
	return anchor;
}

function excerpt(html: string): HTMLParagraphElement {
	const paragraph = document.createElement('p');
	paragraph.className = 'excerpt';
	paragraph.innerHTML = html;
	for (const mark of paragraph.querySelectorAll('mark')) mark.dataset.testid = 'result-match';
	return paragraph;
}

/**
 * One list item per result, with its kind, its principles, its excerpt and up to three matching
 * sections. Test ids (`result-title`, `result-kind`, `result-principles`, `result-section`, and
 * `result-match` on marked words) let the
 * browser tests find them without depending on styling.
 */
export function renderResults(results: ResultView[]): HTMLLIElement[] {
	return results.map((result) => {
		const item = document.createElement('li');
		const title = link(result.url, result.title);
		title.className = 'result-title';
		title.dataset.testid = 'result-title';
		item.append(title);
		if (result.type) {
			const kind = document.createElement('span');
			kind.className = 'result-kind';
			kind.dataset.testid = 'result-kind';
			kind.textContent = result.type;
			item.append(' ', kind);
		}
		if (result.principles.length > 0) {
			const principles = document.createElement('span');
			principles.className = 'result-principles';
			principles.dataset.testid = 'result-principles';
			principles.textContent = result.principles.join(', ');
			item.append(' ', principles);
		}
		item.append(excerpt(result.excerpt));
		if (result.sections.length > 0) {
			const sections = document.createElement('ul');
			sections.className = 'result-sections';
			for (const section of result.sections) {
				const entry = document.createElement('li');
				const anchor = link(section.url, section.title);
				anchor.dataset.testid = 'result-section';
				entry.append(anchor, excerpt(section.excerpt));
				sections.append(entry);
			}
			item.append(sections);
		}
		return item;
	});
}
