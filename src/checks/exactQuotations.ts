/**
 * Checks that every `<Quote>` of a fingerprinted source (a letter, a blog post, the leadership
 * principle) holds that source's exact words, in order. A quotation that is not in the source is
 * reported at its line, with the closest passage the source does contain: the quotation's words
 * that match there, and … where the source has other words.
 */
import type { ContentProblem } from './contentErrors.ts';
import { textPosition } from './positions.ts';
import { alignWords, textWords, type SourceIndex } from './sourceFingerprints.ts';

/** A page's text and where it starts in its file. */
export interface QuotingPage {
	filePath: string;
	body: string;
	/** The file line the body starts on. */
	bodyLine: number;
}

/** What the check knows of a source: its lookups and the name a reader knows it by. */
export interface QuotedSource {
	index: SourceIndex;
	/** Such as "2016 letter". */
	name: string;
}

const QUOTE = /<Quote\b([^>]*)>([\s\S]*?)<\/Quote>/g;

/** The quotation's words as the source has them at its closest place: matches kept, others … */
function closestPassage(words: string[], matched: boolean[]): string {
	const shown: string[] = [];
	words.forEach((word, index) => {
		if (matched[index]) shown.push(word);
		else if (shown.at(-1) !== '…') shown.push('…');
	});
	return shown.join(' ');
}

/** Every quotation in `page` that its source's fingerprint does not contain. */
export function exactQuotationProblems(
	page: QuotingPage,
	sources: Map<string, QuotedSource>,
): ContentProblem[] {
	const lines: string[] = [];
	for (const match of page.body.matchAll(QUOTE)) {
		const id = /\bsource\s*=\s*["']([^"']*)["']/.exec(match[1]!)?.[1];
		const source = id === undefined ? undefined : sources.get(id);
		if (!source) continue;
		const text = match[2]!.replace(/<[^>]+>/g, ' ').trim();
		const words = textWords(text);
		if (words.length === 0) continue;
		const alignment = alignWords(words, source.index);
		if (alignment.exact) continue;
		const { line, column } = textPosition(page.body, match.index, page.bodyLine);
		const count = alignment.matched.filter(Boolean).length;
		lines.push(
			`line ${line}, column ${column}: the quotation “${text}” is not in the ${source.name}.`,
			count > 0
				? `The closest passage in the ${source.name} shares ${count} of its ${words.length} words: “${closestPassage(words, alignment.matched)}”.`
				: `No passage in the ${source.name} shares its words.`,
			`Fix: copy the words exactly as the ${source.name} has them, or say it in your own words without <Quote>.`,
		);
	}
	return lines.length > 0 ? [{ filePath: page.filePath, lines }] : [];
}
