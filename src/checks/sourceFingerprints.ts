/**
 * Fingerprints of a source's words: enough to prove that a quotation is exact and to find text
 * that follows a source too closely, without the repository carrying the source's text. A
 * fingerprint holds hashes of the source's word pairs in order, of its words as a set, and of
 * its content-word pairs (function words dropped) as a set. `tools/fingerprint-sources.mjs`
 * makes them from the source texts; the checks compare pages against them.
 */

/** One source's fingerprint, as stored: hashes in base 36, joined by spaces. */
export interface SourceFingerprint {
	/** How many words the source has. */
	words: number;
	/** The hash of every pair of neighboring words, in the source's order. */
	pairs: string;
	/** The hash of every distinct word. */
	vocabulary: string;
	/** The hash of every distinct pair of neighboring content words. */
	content: string;
}

/** Fingerprints by source id (`letter-2016`, `blog-…`). */
export type Fingerprints = Record<string, SourceFingerprint>;

/** Words too common to say anything about whose wording a sentence follows. */
const FUNCTION_WORDS = new Set(
	(
		'a about after all also am an and any are as at be because been before being but by can could ' +
		'did do does doing for from had has have having he her here him his how i if in into is it its ' +
		"it's just me more most my no not of on one only or other our ours out over own so some such than " +
		'that the their them then there these they this those through to too under up us very was we ' +
		"were what when where which while who why will with would you your we're we've don't can't " +
		"isn't that's there's they're"
	).split(' '),
);

/**
 * The words of a text as fingerprints compare them: lower case, curly quotes and apostrophes made
 * straight, every other mark a word break. "Customer-obsessed" is two words, "1-Click" too.
 */
export function textWords(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/[’‘ʼ]/g, "'")
		.split(/[^a-z0-9']+/)
		.map((word) => word.replace(/^'+|'+$/g, ''))
		.filter(Boolean);
}

/** The content words of `words`, in order, with function words dropped. */
export function contentWords(words: string[]): string[] {
	return words.filter((word) => !FUNCTION_WORDS.has(word));
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;

/** `hash` carried on over the characters of `text` (32-bit FNV-1a). */
function hashOn(hash: number, text: string): number {
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, FNV_PRIME) >>> 0;
	}
	return hash;
}

/**
 * A 32-bit FNV-1a hash of `text`: stable across runs and machines. The checks compare these as
 * numbers, which look up several times faster than strings; they are stored in base 36.
 */
export function hashText(text: string): number {
	return hashOn(FNV_OFFSET, text);
}

/** Hashes of each pair of neighboring words, in order: the hash of "first second". */
export function pairHashes(words: string[]): number[] {
	const hashes: number[] = [];
	// Carried on word by word rather than hashing a joined string: the same number, no string made.
	for (let index = 0; index + 1 < words.length; index++) {
		const first = hashOn(FNV_OFFSET, words[index]!);
		hashes.push(hashOn(Math.imul(first ^ SPACE, FNV_PRIME) >>> 0, words[index + 1]!));
	}
	return hashes;
}

/** Hashes as the fingerprint file stores them: base 36, distinct, sorted, joined by spaces. */
function storedSet(hashes: number[]): string {
	return [...new Set(hashes.map((hash) => hash.toString(36)))].sort().join(' ');
}

/** The stored hashes of a fingerprint field, as numbers again. */
function readHashes(joined: string): number[] {
	return joined ? joined.split(' ').map((hash) => parseInt(hash, 36)) : [];
}

/** The fingerprint of one source's text. */
export function fingerprint(text: string): SourceFingerprint {
	const words = textWords(text);
	return {
		words: words.length,
		pairs: pairHashes(words)
			.map((hash) => hash.toString(36))
			.join(' '),
		vocabulary: storedSet(words.map(hashText)),
		content: storedSet(pairHashes(contentWords(words))),
	};
}

/** A fingerprint ready for lookups: where each word pair stands, and the sets. */
export interface SourceIndex {
	pairs: number[];
	positions: Map<number, number[]>;
	vocabulary: Set<number>;
	content: Set<number>;
}

/** Builds the lookups for one stored fingerprint. */
export function indexFingerprint(stored: SourceFingerprint): SourceIndex {
	const pairs = readHashes(stored.pairs);
	const positions = new Map<number, number[]>();
	pairs.forEach((hash, position) => {
		const list = positions.get(hash);
		if (list) list.push(position);
		else positions.set(hash, [position]);
	});
	return {
		pairs,
		positions,
		vocabulary: new Set(readHashes(stored.vocabulary)),
		content: new Set(readHashes(stored.content)),
	};
}

/** How well `words` line up with a source at its best place: matched words, and which. */
export interface Alignment {
	/** Whether every word is there, in order, with nothing between. */
	exact: boolean;
	/** For each word of the quotation, whether the source has it at the best place found. */
	matched: boolean[];
	/** The word position in the source where the best place starts. */
	position: number;
}

/**
 * Where the words of a quotation stand in a source: exactly, or at the place that shares the most
 * neighboring pairs with it. A single word is looked up in the source's vocabulary.
 */
export function alignWords(words: string[], source: SourceIndex): Alignment {
	if (words.length === 1) {
		const found = source.vocabulary.has(hashText(words[0]!));
		return { exact: found, matched: [found], position: -1 };
	}
	const pairs = pairHashes(words);
	const starts = new Set<number>();
	pairs.forEach((hash, offset) => {
		for (const position of source.positions.get(hash) ?? []) starts.add(position - offset);
	});
	let best: Alignment = { exact: false, matched: words.map(() => false), position: -1 };
	let bestCount = 0;
	for (const start of starts) {
		const pairMatched = pairs.map((hash, offset) => source.pairs[start + offset] === hash);
		const count = pairMatched.filter(Boolean).length;
		if (count <= bestCount) continue;
		bestCount = count;
		const matched = words.map(
			(_, index) => Boolean(pairMatched[index - 1]) || Boolean(pairMatched[index]),
		);
		best = { exact: count === pairs.length, matched, position: Math.max(0, start) };
		if (best.exact) break;
	}
	return best;
}
