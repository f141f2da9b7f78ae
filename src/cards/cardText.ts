/**
 * What a page's social card says, and how its text is laid out: the kind of page above, the title
 * in the largest size that fits, one line of detail (the principles the page names, or its lead),
 * and the handbook's name at the foot. Pure: the renderer draws the lines as they come.
 *
 * Widths are estimated from letter classes rather than measured from the font, so the estimates
 * lean wide: a line that would come out a little narrower than its box is fine, one that would
 * overflow is not.
 */

/** What a card is made from, as the page itself has it. */
export interface CardInput {
	/** The page's title. */
	title: string;
	/** The kind of page (a collection's `label.one`), when the page is an entry. */
	kind?: string;
	/** The titles of the principles the page names (for a principle page: its own title). */
	principles: readonly string[];
	/** How the page's kind names its principles ("Shows", "Discusses"), when it has a word for it. */
	principlesLabel?: string;
	/** The page's lead or description, shown when there are no other principles to show. */
	lead: string;
	/** The handbook's name, at the foot of every card. */
	siteName: string;
}

/** A card's text, broken into the lines the renderer draws. */
export interface CardText {
	kind?: string;
	/** The title's lines, at `titleSize` pixels; the last ends in … when the title was cut. */
	titleLines: string[];
	titleSize: number;
	/** The word before the detail ("Shows"), drawn apart from it. */
	detailLabel?: string;
	/** The detail's lines, at `DETAIL_SIZE` pixels. */
	detailLines: string[];
	footer: string;
	/** The card in words, uncut, for `og:image:alt`. */
	alt: string;
}

/** The width of the card's text column, in pixels (1200 less the card's padding). */
export const TEXT_WIDTH = 1200 - 2 * 80;

/** Title sizes from largest to smallest, with the most lines each may take. */
const TITLE_SIZES = [
	{ size: 76, lines: 2 },
	{ size: 64, lines: 3 },
	{ size: 52, lines: 4 },
] as const;

/** The detail's size in pixels, and the most lines it may take. */
export const DETAIL_SIZE = 32;
const DETAIL_LINES = 2;

const ELLIPSIS = '…';

/**
 * A letter's width as a share of the font size, in a bold sans-serif such as Inter, rounded up.
 * Order matters: the narrow and wide classes are tried before the capitals.
 */
function letterWidth(letter: string): number {
	if (/[ijlI.,:;!'’|]/.test(letter)) return 0.32;
	if (/[ftr()\-“”"‘ ]/.test(letter)) return 0.42;
	if (/[mwMW—]/.test(letter)) return 0.98;
	if (/[A-Z0-9]/.test(letter)) return 0.7;
	return 0.58;
}

/** The estimated width of `text` at `size` pixels. */
function textWidth(text: string, size: number): number {
	let width = 0;
	for (const letter of text) width += letterWidth(letter) * size;
	return width;
}

/** Breaks `text` into lines of whole words no wider than `TEXT_WIDTH` (a longer word stands alone). */
function wrap(text: string, size: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && textWidth(`${last} ${word}`, size) <= TEXT_WIDTH)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/** The first `max` lines of `text`, the last cut at a word and ended with … when text is left over. */
function fitLines(text: string, size: number, max: number): string[] {
	const lines = wrap(text, size);
	if (lines.length <= max) return lines;
	const kept = lines.slice(0, max);
	let last = `${kept[max - 1]} ${lines[max]}`;
	while (textWidth(`${last}${ELLIPSIS}`, size) > TEXT_WIDTH && last.includes(' '))
		last = last.slice(0, last.lastIndexOf(' '));
	kept[max - 1] = `${last.replace(/[\s,;:.·—–-]+$/, '')}${ELLIPSIS}`;
	return kept;
}

/** The title in the largest size at which it fits whole; cut at the smallest size if none does. */
function fitTitle(title: string): { titleLines: string[]; titleSize: number } {
	for (const { size, lines } of TITLE_SIZES) {
		const wrapped = wrap(title, size);
		if (wrapped.length <= lines) return { titleLines: wrapped, titleSize: size };
	}
	const smallest = TITLE_SIZES.at(-1)!;
	return { titleLines: fitLines(title, smallest.size, smallest.lines), titleSize: smallest.size };
}

/**
 * As many principles as fit in the detail's lines, joined by " · ", and "and N more" for the rest.
 * The names are never cut: a reader should not have to guess a principle from half its name.
 */
function fitPrinciples(names: readonly string[]): string[] {
	for (let shown = names.length; shown > 0; shown--) {
		const rest = names.length - shown;
		const text = names.slice(0, shown).join(' · ') + (rest > 0 ? ` · and ${rest} more` : '');
		const lines = wrap(text, DETAIL_SIZE);
		if (lines.length <= DETAIL_LINES) return lines;
	}
	return fitLines(names[0]!, DETAIL_SIZE, DETAIL_LINES);
}

/** Joins names as a sentence does: "a", "a and b", "a, b and c". */
function listInWords(names: readonly string[]): string {
	if (names.length < 2) return names.join('');
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** `text` as a sentence: ended by a full stop unless it ends in one already (or in ? or !). */
function sentence(text: string): string {
	const trimmed = text.trim();
	return /[.?!…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * The text of a page's card. The detail line names the principles the page names; a principle's
 * own page, whose title is its principle, shows its lead there instead, as does a page that names
 * none.
 */
export function cardText(input: CardInput): CardText {
	const others = input.principles.filter((name) => name !== input.title);
	const label = others.length > 0 ? (input.principlesLabel ?? 'Principles') : undefined;
	const detailLines =
		others.length > 0 ? fitPrinciples(others) : fitLines(input.lead, DETAIL_SIZE, DETAIL_LINES);
	const detailInWords = label ? `${label} ${listInWords(others)}` : input.lead;
	const alt = [
		input.kind ? `${input.kind}: ${input.title}` : input.title,
		detailInWords,
		input.siteName,
	]
		.map(sentence)
		.join(' ');
	return {
		kind: input.kind,
		...fitTitle(input.title),
		detailLabel: label,
		detailLines,
		footer: input.siteName,
		alt,
	};
}
