/**
 * Generated pages for benchmarks: the same seed gives the same corpus, so runs compare like with
 * like. Words come from a list the caller passes (the site's own vocabulary reads most like it).
 */

/** A small, fast, seeded random number generator (mulberry32), returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** One generated page: a title, a summary and sections of prose. */
export interface SyntheticPage {
	id: string;
	title: string;
	summary: string;
	sections: Array<{ heading: string; paragraphs: string[] }>;
}

function sentence(words: string[], random: () => number, length: number): string {
	const picked = Array.from({ length }, () => words[Math.floor(random() * words.length)]!);
	const text = picked.join(' ');
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/**
 * Page `index` of a corpus: 600 to 1,200 words in three to five sections, the page size the bare
 * stack's build speed was measured with (docs/stack-traps.md, section 6).
 */
export function syntheticPage(index: number, words: string[], seed = 1): SyntheticPage {
	const random = seededRandom(seed * 1_000_003 + index);
	const targetWords = 600 + Math.floor(random() * 600);
	const sectionCount = 3 + Math.floor(random() * 3);
	const perSection = Math.ceil(targetWords / sectionCount);
	const sections = Array.from({ length: sectionCount }, () => {
		const paragraphs: string[] = [];
		for (let written = 0; written < perSection;) {
			const length = 8 + Math.floor(random() * 12);
			paragraphs.push(sentence(words, random, length));
			written += length;
		}
		return { heading: sentence(words, random, 3).slice(0, -1), paragraphs };
	});
	return {
		id: `page-${String(index).padStart(5, '0')}`,
		title: `${sentence(words, random, 4).slice(0, -1)} ${index}`,
		summary: sentence(words, random, 16),
		sections,
	};
}

/** Sentences per paragraph in a generated body, about what our essays use. */
const SENTENCES_PER_PARAGRAPH = 5;

/**
 * The MDX body of a generated page, as an author writes one of our essays: `##` sections of
 * paragraphs, and a `<Cite source="…" />` after every third sentence, taking `sources` in turn.
 * Every site in the build benchmark gets these same bodies; each supplies its own `Cite`. Headings
 * are numbered, as random three-word headings can repeat and our checks reject repeated headings.
 */
export function syntheticMdxBody(page: SyntheticPage, sources: string[]): string {
	let sentences = 0;
	const cite = (sentence: string) => {
		sentences++;
		if (sentences % 3 !== 0 || sources.length === 0) return sentence;
		const source = sources[(sentences / 3 - 1) % sources.length]!;
		return `${sentence.slice(0, -1)} <Cite source="${source}" />.`;
	};
	return page.sections
		.map((section, number) => {
			const paragraphs: string[] = [];
			for (let start = 0; start < section.paragraphs.length; start += SENTENCES_PER_PARAGRAPH)
				paragraphs.push(
					section.paragraphs
						.slice(start, start + SENTENCES_PER_PARAGRAPH)
						.map(cite)
						.join(' '),
				);
			return `## ${number + 1}. ${section.heading}\n\n${paragraphs.join('\n\n')}\n`;
		})
		.join('\n');
}
