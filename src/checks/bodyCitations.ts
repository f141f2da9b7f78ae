/**
 * Checks the citations inside a page's text: every `<Cite>` and `<Quote>` names a known source
 * that the page also lists in its front matter, and no quotation stands outside `<Quote>`.
 */
import type { ContentProblem } from './contentErrors.ts';
import { locate } from './positions.ts';
import { citationsIn, uncitedQuotationsAt } from './quotations.ts';

/** A page's text and the sources its front matter lists. */
export interface PageText {
	filePath: string;
	body: string;
	/** Ids in the page's `sources` field. */
	listedSources: string[];
	/** The file line the body starts on, when known: messages then give each fault's place. */
	bodyLine?: number;
}

/**
 * The sources a page may cite: those its front matter lists, and, on a source's own page (a
 * letter, say), that source itself.
 */
export function citableSources(collection: string, id: string, listed: string[]): string[] {
	return collection === 'sources' ? [id, ...listed] : listed;
}

/** Every citation problem in one page, as messages for its author. */
export function bodyCitationProblems(page: PageText, knownSources: string[]): ContentProblem[] {
	const lines: string[] = [];
	const known = new Set(knownSources);
	const at = (offset: number, message: string) => locate(page, offset, message);
	for (const { component, source, offset } of citationsIn(page.body)) {
		if (source === undefined || source === '') {
			lines.push(
				at(offset, `<${component}> has no source attribute.`),
				`Fix: name the source, as in <${component} source="letter-2016" ${component === 'Cite' ? '/>' : '>…</Quote>'}.`,
			);
		} else if (!known.has(source)) {
			lines.push(
				at(offset, `<${component} source="${source}">: "${source}" is not a known source.`),
				`Expected one of: ${[...known].sort().join(', ')}.`,
				`Fix: use an id from content/sources/, or add content/sources/${source}.yaml first.`,
			);
		} else if (!page.listedSources.includes(source)) {
			lines.push(
				at(
					offset,
					`<${component} source="${source}">: the text cites "${source}" but the front matter's sources do not list it.`,
				),
				`Fix: add ${source} to sources: [${[...page.listedSources, source].join(', ')}].`,
			);
		}
	}
	for (const { text: quotation, offset } of uncitedQuotationsAt(page.body)) {
		const shown = quotation.length > 60 ? `${quotation.slice(0, 57)}...` : quotation;
		lines.push(
			at(offset, `the text quotes “${shown}” without a source.`),
			'Fix: wrap an exact quotation in <Quote source="<source id>" inline>…</Quote>, or paraphrase it without quotation marks.',
		);
	}
	return lines.length > 0 ? [{ filePath: page.filePath, lines }] : [];
}
