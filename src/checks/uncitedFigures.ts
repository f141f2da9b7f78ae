/**
 * Finds sentences that state a figure or a date with no citation in the same sentence. Every
 * number a reader meets should point to where it comes from. Names that hold digits ("Day 1",
 * "Type 2", "the 2016 letter (published April 2017)", a "**2015.**" label), list numbers, link
 * texts, headings, table rows and the closing questions or exercises are not facts.
 */
import { blank, blankCode } from './mdxBody.ts';
import { textPosition } from './positions.ts';
import { joinWrappedLines, sentencesOf } from './sentences.ts';

/** A sentence that states a figure without citing it, and its line. */
export interface UncitedFigure {
	line: number;
	sentence: string;
}

const CITED = '\u0001';

/** Names and labels that hold digits without stating a fact. */
const NOT_FIGURES = [
	/\b(Day|Type|Step|Part|Question)\s+\d\b/gi,
	/\b1-Click\b/gi,
	/\b(19|20)\d\d (shareholder |shareowner )?letters?\b/gi,
	/\b(19|20)\d\d letter(’|')s\b/gi,
	/\(published[^)]*\)/gi,
	/\*\*(19|20)\d\d\.?\*\*/g,
	/^\s*(\d+\.|[-*+])\s/gm,
];

/** `body` with citations marked, everything else that is not prose blanked, offsets kept. */
function markedProse(body: string): string {
	const cited = (match: string) => `${CITED}${blank(match).slice(1)}`;
	return blankCode(body)
		.replace(/<(Quote)\b[^>]*>[\s\S]*?<\/Quote>|<Cite\b[^>]*\/>/g, cited)
		.replace(/<[^>\n]+>/g, blank)
		.replace(/\[([^\]\n]*)\]\([^)\s]*\)/g, blank)
		.replace(/^(\s*)\d+\.(?=\s)/gm, blank);
}

/** The sections of `body` that state facts: everything before the closing questions or exercise. */
function factualPart(body: string): string {
	const closing = /^##\s+(Questions for you|Try this)\b/m.exec(body);
	return closing ? body.slice(0, closing.index) : body;
}

/** Every sentence of `body` that holds a figure and no citation. */
export function uncitedFigures(body: string, firstLine = 1): UncitedFigure[] {
	const prose = joinWrappedLines(markedProse(factualPart(body)));
	const found: UncitedFigure[] = [];
	for (const { text, offset } of sentencesOf(prose)) {
		// Headings name things, and a table's figures are cited by the sentence that brings it in.
		if (text.startsWith('#') || text.startsWith('|')) continue;
		// A citation right after the full stop still belongs to the sentence before it.
		const after = /^\s*\u0001/.test(prose.slice(offset + text.length));
		if (text.includes(CITED) || after) continue;
		let figures = text;
		for (const pattern of NOT_FIGURES) figures = figures.replace(pattern, ' ');
		if (!/\d/.test(figures)) continue;
		const { line } = textPosition(body, offset, firstLine);
		found.push({ line, sentence: text.replace(/\s+/g, ' ') });
	}
	return found;
}
