/**
 * Finds passages that two pages of the handbook share closely: a sentence repeated nearly word for
 * word, or a paragraph retold with the same content words. A story is told in full once; elsewhere
 * it gets a sentence and a link, so such pairs are what a reviewer should look at.
 */
import { proseSentences } from './nearCopies.ts';
import { textPosition } from './positions.ts';
import { contentWords, pairHashes, textWords } from './sourceFingerprints.ts';

/** A run of this many words that two pages share is a repeated sentence. */
export const SHARED_RUN_WORDS = 8;
/** A paragraph needs this many content-word pairs before its likeness to another means much. */
export const PARAGRAPH_MIN_PAIRS = 10;
/** The share of the smaller paragraph's content-word pairs that makes two paragraphs one retelling. */
export const PARAGRAPH_SHARE = 0.4;

/** A content-word pair used on more than this share of the pages is common vocabulary. */
const COMMON_PAIR_SHARE = 0.1;

/** A page to compare: its file and its MDX body. */
export interface ComparedPage {
	filePath: string;
	body: string;
}

/** A place in a page: its file, the line and the start of the text there. */
export interface PassagePlace {
	filePath: string;
	line: number;
	excerpt: string;
}

/** Two places that share a passage, and how. */
export interface SharedPassage {
	kind: 'sentence' | 'paragraph';
	first: PassagePlace;
	second: PassagePlace;
	/** For a sentence, the words shared; for a paragraph, the share of content-word pairs (0 to 1). */
	likeness: string | number;
}

interface Block {
	page: number;
	line: number;
	text: string;
	words: string[];
	content: Set<number>;
}

/** The paragraphs (runs of sentences between blank lines) of a page's own prose. */
function paragraphs(page: ComparedPage, index: number): Block[] {
	const blocks: Block[] = [];
	let current: { offset: number; texts: string[] } | undefined;
	let lastEnd = -1;
	const flush = () => {
		if (!current) return;
		const text = current.texts.join(' ');
		// "(published April 2017)" and the like follow a naming rule; they are not a retelling.
		const words = textWords(text.replace(/\([^)]*\)/g, ' '));
		blocks.push({
			page: index,
			line: textPosition(page.body, current.offset).line,
			text,
			words,
			content: new Set(pairHashes(contentWords(words))),
		});
		current = undefined;
	};
	for (const sentence of proseSentences(page.body)) {
		const gap = page.body.slice(lastEnd, sentence.offset);
		if (!current || /\n\s*\n|\n\s*(#|[-*+] |\d+\. )/.test(gap)) {
			flush();
			current = { offset: sentence.offset, texts: [] };
		}
		current.texts.push(sentence.text);
		lastEnd = sentence.offset + sentence.text.length;
	}
	flush();
	return blocks;
}

const excerpt = (text: string) => {
	const plain = text.replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
	return plain.length > 70 ? `${plain.slice(0, 67)}...` : plain;
};

/** The longest run of words the two word lists share, as text. */
function longestCommonRun(a: string[], b: string[]): string {
	let best = { length: 0, end: 0 };
	let previous = new Array<number>(b.length + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		const row = new Array<number>(b.length + 1).fill(0);
		for (let j = 1; j <= b.length; j++) {
			if (a[i - 1] !== b[j - 1]) continue;
			row[j] = previous[j - 1]! + 1;
			if (row[j]! > best.length) best = { length: row[j]!, end: i };
		}
		previous = row;
	}
	return a.slice(best.end - best.length, best.end).join(' ');
}

/** Every pair of passages on two different pages that share a sentence or retell a paragraph. */
export function sharedPassages(pages: ComparedPage[]): SharedPassage[] {
	const blocks = pages.flatMap(paragraphs);
	// Pairs many pages use ("customer obsession", "2016 letter") are the handbook's vocabulary,
	// not a retold story: they do not count toward two paragraphs' likeness.
	const pagesUsing = new Map<number, Set<number>>();
	for (const block of blocks)
		for (const hash of block.content)
			pagesUsing.set(hash, (pagesUsing.get(hash) ?? new Set()).add(block.page));
	const common = Math.max(3, Math.ceil(pages.length * COMMON_PAIR_SHARE));
	for (const block of blocks)
		for (const hash of block.content)
			if (pagesUsing.get(hash)!.size > common) block.content.delete(hash);
	const found: SharedPassage[] = [];
	const place = (block: Block): PassagePlace => ({
		filePath: pages[block.page]!.filePath,
		line: block.line,
		excerpt: excerpt(block.text),
	});
	// Only blocks that share a run of words or a content-word pair can be alike: find those first,
	// so the pages are not compared every one with every other.
	const candidates = new Set<string>();
	// A key is a content-word pair's hash or a run of words.
	const index = new Map<number | string, number[]>();
	blocks.forEach((block, number) => {
		const keys = new Set<number | string>(block.content);
		for (let start = 0; start + SHARED_RUN_WORDS <= block.words.length; start++)
			keys.add(block.words.slice(start, start + SHARED_RUN_WORDS).join(' '));
		for (const key of keys) {
			const earlier = index.get(key) ?? [];
			for (const other of earlier)
				if (blocks[other]!.page !== block.page) candidates.add(`${other} ${number}`);
			earlier.push(number);
			index.set(key, earlier);
		}
	});
	for (const candidate of [...candidates].sort((x, y) =>
		x.localeCompare(y, 'en', { numeric: true }),
	)) {
		const [i, j] = candidate.split(' ').map(Number) as [number, number];
		const a = blocks[i]!;
		const b = blocks[j]!;
		const run = longestCommonRun(a.words, b.words);
		if (run.split(' ').length >= SHARED_RUN_WORDS) {
			found.push({ kind: 'sentence', first: place(a), second: place(b), likeness: run });
			continue;
		}
		const smaller = Math.min(a.content.size, b.content.size);
		if (smaller < PARAGRAPH_MIN_PAIRS) continue;
		let shared = 0;
		for (const hash of a.content) if (b.content.has(hash)) shared++;
		if (shared / smaller >= PARAGRAPH_SHARE)
			found.push({
				kind: 'paragraph',
				first: place(a),
				second: place(b),
				likeness: Math.round((shared / smaller) * 100) / 100,
			});
	}
	return found;
}
