/**
 * Finds prose that follows a source's wording: a run of the source's words outside a quotation,
 * or a sentence whose content words pair up as the source's do with a few words swapped. Each
 * is reported at its line, naming the source. Quotations (`<Quote>`, text in quotation marks)
 * are left out: they are checked for exactness instead.
 */
import type { ContentProblem } from './contentErrors.ts';
import { blank, blankCode } from './mdxBody.ts';
import { textPosition } from './positions.ts';
import { joinWrappedLines, sentencesOf, type Sentence } from './sentences.ts';
import { contentWords, pairHashes, textWords, type SourceIndex } from './sourceFingerprints.ts';

/** The shortest run of a source's words, outside a quotation, that counts as copied. */
export const COPIED_RUN_WORDS = 6;
/**
 * The fewest word pairs a sentence shares with a source, in the source's order, that make it a
 * near-copy even with a word or two changed (a changed word breaks the two pairs around it).
 */
export const ORDERED_PAIRS = 5;
/** How many of a source's pairs may be missing inside such a stretch (one or two changed words). */
const MISSING_PAIRS = 3;
/** The fewest content-word pairs a sentence needs before its likeness to a source means much. */
export const NEAR_COPY_MIN_PAIRS = 6;
/** The share of a sentence's content-word pairs found in one source that makes it a near-copy. */
export const NEAR_COPY_SHARE = 0.6;

/** A page's text and where it starts in its file. */
export interface ProsePage {
	filePath: string;
	body: string;
	bodyLine: number;
}

/** A source to compare against, with the name a reader knows it by. */
export interface ComparedSource {
	index: SourceIndex;
	name: string;
}

/**
 * `body` with everything that is not our own prose blanked out, offsets kept: comments, code,
 * `<Quote>` components, other tags, text in quotation marks, and links (their text is most often
 * the title of the page they lead to).
 */
function ownProse(body: string): string {
	return blankCode(body)
		.replace(/<Quote\b[^>]*>[\s\S]*?<\/Quote>/g, blank)
		.replace(/<[^>\n]+>/g, blank)
		.replace(/“[^”]*”|"[^"\n]*"/g, blank)
		.replace(/\[[^\]\n]*\]\([^)\s]*\)/g, blank);
}

/** The sentences of `body`'s own prose, each with its offset in the body. */
export function proseSentences(body: string): Sentence[] {
	return sentencesOf(joinWrappedLines(ownProse(body)));
}

/** The longest run of `words` that stands in the source word for word, in words. */
export function longestSharedRun(words: string[], source: SourceIndex): number {
	const pairs = pairHashes(words);
	let longest = 0;
	// Each place in the source a run could continue from, with the run's length so far in pairs.
	let runs = new Map<number, number>();
	for (const hash of pairs) {
		const next = new Map<number, number>();
		for (const position of source.positions.get(hash) ?? []) {
			const length = (runs.get(position - 1) ?? 0) + 1;
			next.set(position, length);
			longest = Math.max(longest, length + 1);
		}
		runs = next;
	}
	return longest;
}

/**
 * The most word pairs `words` shares with the source in the source's own order, allowing a few
 * changed words between them: "leaders begin with the customer and work backwards" shares five
 * with "leaders start with the customer and work backwards".
 */
export function sharedOrderedPairs(words: string[], source: SourceIndex): number {
	// Pairs that stand at the same offset from the source's position lie on one diagonal.
	const diagonals = new Map<number, number[]>();
	pairHashes(words).forEach((hash, index) => {
		for (const position of source.positions.get(hash) ?? []) {
			const list = diagonals.get(position - index);
			if (list) list.push(index);
			else diagonals.set(position - index, [index]);
		}
	});
	let best = 0;
	for (const indexes of diagonals.values()) {
		let first = 0;
		for (let last = 0; last < indexes.length; last++) {
			while (indexes[last]! - indexes[first]! + 1 - (last - first + 1) > MISSING_PAIRS) first++;
			best = Math.max(best, last - first + 1);
		}
	}
	return best;
}

/**
 * `text` without the capitalized words inside it (names such as Amazon Web Services or Kindle):
 * two texts that name the same things are not alike for that alone. A sentence's first word stays.
 */
export function withoutNames(text: string): string {
	return text.replace(/(?<=[\p{L}\p{N},;)]\s+)\p{Lu}[\p{L}\p{N}'’-]*/gu, ' ');
}

/** The share of a sentence's content-word pairs that the source also has, and how many it has. */
export function sharedContentPairs(words: string[], source: SourceIndex) {
	const pairs = pairHashes(contentWords(words));
	const shared = pairs.filter((hash) => source.content.has(hash)).length;
	return { pairs: pairs.length, shared, share: pairs.length ? shared / pairs.length : 0 };
}

/** For each word-pair hash, the places in a list of sources (by index) that have it. */
interface PairOwners {
	list: ComparedSource[];
	inOrder: Map<number, number[]>;
	inContent: Map<number, number[]>;
}

function ownersOf(list: ComparedSource[], set: (index: SourceIndex) => Iterable<number>) {
	const owners = new Map<number, number[]>();
	list.forEach((source, place) => {
		for (const hash of set(source.index)) {
			const places = owners.get(hash);
			if (!places) owners.set(hash, [place]);
			else if (places.at(-1) !== place) places.push(place);
		}
	});
	return owners;
}

/**
 * Which sources have each pair, built once per set of sources and kept with it: asking every
 * source about every sentence's pairs cost about 8 ms per page on a 1,000-page build.
 */
const pairOwners = new WeakMap<Map<string, ComparedSource>, PairOwners>();

function ownersFor(sources: Map<string, ComparedSource>): PairOwners {
	let owners = pairOwners.get(sources);
	if (!owners) {
		const list = [...sources.values()];
		owners = {
			list,
			inOrder: ownersOf(list, (index) => index.positions.keys()),
			inContent: ownersOf(list, (index) => index.content),
		};
		pairOwners.set(sources, owners);
	}
	return owners;
}

/** How many of `hashes` each source has, by the source's place in the list. */
function countPerSource(
	hashes: number[],
	owners: Map<number, number[]>,
	sources: number,
): number[] {
	const counts = new Array<number>(sources).fill(0);
	for (const hash of hashes) for (const place of owners.get(hash) ?? []) counts[place]!++;
	return counts;
}

/** Every sentence of `page` that copies or closely follows one of `sources`. */
export function nearCopyProblems(
	page: ProsePage,
	sources: Map<string, ComparedSource>,
): ContentProblem[] {
	const lines: string[] = [];
	const owners = ownersFor(sources);
	for (const sentence of proseSentences(page.body)) {
		// Figures are facts, and stating the same figure is not borrowing its wording.
		const wordsOf = (text: string) => textWords(text).filter((word) => !/\d/.test(word));
		const words = wordsOf(sentence.text);
		const pairs = pairHashes(words);
		const nameless = wordsOf(withoutNames(sentence.text));
		const contentPairs = pairHashes(contentWords(nameless));
		// Most sources share next to nothing with a sentence: count first, align only when it could matter.
		const present = countPerSource(pairs, owners.inOrder, owners.list.length);
		const inContent = countPerSource(contentPairs, owners.inContent, owners.list.length);
		const where = () => {
			const { line } = textPosition(page.body, sentence.offset, page.bodyLine);
			const plain = sentence.text.replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
			return { line, shown: plain.length > 90 ? `${plain.slice(0, 87)}...` : plain };
		};
		const closeEnough = contentPairs.length >= NEAR_COPY_MIN_PAIRS;
		for (let place = 0; place < owners.list.length; place++) {
			const couldBeClose =
				closeEnough && inContent[place]! / contentPairs.length >= NEAR_COPY_SHARE;
			if (present[place]! < ORDERED_PAIRS && !couldBeClose) continue;
			const source = owners.list[place]!;
			const run = longestSharedRun(words, source.index);
			const likeness = sharedContentPairs(nameless, source.index);
			if (run >= COPIED_RUN_WORDS) {
				const { line, shown } = where();
				lines.push(
					`line ${line}: “${shown}” repeats ${run} words in a row from the ${source.name}.`,
					'Fix: quote the exact words with <Quote source="…">, or say it in your own words.',
				);
			} else if (sharedOrderedPairs(words, source.index) >= ORDERED_PAIRS) {
				const { line, shown } = where();
				lines.push(
					`line ${line}: “${shown}” follows the wording of the ${source.name} with a word or two changed.`,
					'Fix: quote the exact words with <Quote source="…">, or say it in your own words.',
				);
			} else if (likeness.pairs >= NEAR_COPY_MIN_PAIRS && likeness.share >= NEAR_COPY_SHARE) {
				const { line, shown } = where();
				lines.push(
					`line ${line}: “${shown}” follows the wording of the ${source.name} closely (${likeness.shared} of its ${likeness.pairs} content-word pairs).`,
					'Fix: say it in your own words, with a sentence shape of your own.',
				);
			} else continue;
			break;
		}
	}
	return lines.length > 0 ? [{ filePath: page.filePath, lines }] : [];
}
