/**
 * The checks of a page's wording against the sources: a quotation must be the source's exact
 * words (`exactQuotations.ts`), and prose of our own must not follow a source's (`nearCopies.ts`).
 * They need only the pages' text and the sources' fingerprints, and they are the content checks'
 * largest cost, so a build runs them on a thread of their own (`build/wordingWorker.ts`) while
 * Astro reads the content. Pure.
 */
import type { ContentProblem } from './contentErrors.ts';
import { exactQuotationProblems, type QuotedSource } from './exactQuotations.ts';
import { nearCopyProblems } from './nearCopies.ts';
import { indexFingerprint, type Fingerprints } from './sourceFingerprints.ts';

/** A page's text, as the wording checks read it. */
export interface WordedPage {
	filePath: string;
	body: string;
	/** The file line the body starts on. */
	bodyLine: number;
}

/** A source entry, as far as the wording checks name it. */
export interface WordedSource {
	id: string;
	/** Its short name for messages ("2016 letter"), when it has one. */
	short?: string;
	/** False for a secondary source (a blog post). */
	primary?: boolean;
}

/** The source entries among `entries`, as the wording checks name them. */
export function wordedSources(
	entries: Array<{ collection: string; id: string; data: Record<string, unknown> }>,
): WordedSource[] {
	return entries
		.filter((entry) => entry.collection === 'sources')
		.map(({ id, data }) => ({
			id,
			...(typeof data.short === 'string' ? { short: data.short } : {}),
			...(data.primary === false ? { primary: false } : {}),
		}));
}

/**
 * The fingerprinted sources that have an entry, each with its short name for messages; primary
 * sources first, so wording a blog post itself borrowed from a letter is traced to the letter.
 */
export function quotedSources(
	sources: WordedSource[],
	fingerprints: Fingerprints,
): Map<string, QuotedSource> {
	const quoted = new Map<string, QuotedSource>();
	const primaryFirst = [...sources].sort(
		(a, b) => Number(b.primary !== false) - Number(a.primary !== false),
	);
	for (const source of primaryFirst) {
		const stored = fingerprints[source.id];
		if (stored)
			quoted.set(source.id, { index: indexFingerprint(stored), name: source.short ?? source.id });
	}
	return quoted;
}

/** Every problem of `page`'s wording against the `quoted` sources. */
export function pageWordingProblems(
	page: WordedPage,
	quoted: Map<string, QuotedSource>,
): ContentProblem[] {
	return [...exactQuotationProblems(page, quoted), ...nearCopyProblems(page, quoted)];
}

/** Every problem of the wording of `pages` against `sources`. */
export function wordingProblems(
	pages: WordedPage[],
	sources: WordedSource[],
	fingerprints: Fingerprints,
): ContentProblem[] {
	const quoted = quotedSources(sources, fingerprints);
	return pages.flatMap((page) => pageWordingProblems(page, quoted));
}
