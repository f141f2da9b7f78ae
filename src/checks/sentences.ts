/**
 * Splitting prose into sentences, with their offsets, for the checks that read prose sentence by
 * sentence. A sentence may wrap onto the next line; a blank line, a heading or a list item ends it.
 * A full stop inside a number ("$147.8 million") does not.
 */

/** One sentence and where it starts in the text it came from. */
export interface Sentence {
	text: string;
	offset: number;
}

/**
 * Lines joined where a sentence wraps onto the next one, with a space in place of the line break
 * so offsets stay; a blank line, a heading or a list item starts a new block.
 */
export function joinWrappedLines(text: string): string {
	const lines = text.split('\n');
	const startsBlock = (line: string | undefined) =>
		line === undefined || /^\s*($|#|[-*+] |\d+\. |\|)/.test(line);
	return lines
		.map((line, index) => {
			if (index === lines.length - 1) return line;
			const ends = /^\s*(#|\|)/.test(line) || startsBlock(lines[index + 1]);
			return `${line}${ends ? '\n' : ' '}`;
		})
		.join('');
}

/** The sentences of `text` (already joined), trimmed, each with its offset; empty ones left out. */
export function sentencesOf(text: string): Sentence[] {
	const sentences: Sentence[] = [];
	// The full stops of abbreviations such as U.K. and e.g. end no sentence.
	const scan = text.replace(/\b(?:\p{L}\.){2,}/gu, (abbreviation) =>
		abbreviation.replace(/\./g, '_'),
	);
	for (const match of scan.matchAll(/(?:[^.!?\n]|[.!?](?=[^\s.!?]))+[.!?]*/g)) {
		const trimmed = text.slice(match.index, match.index + match[0].length).trim();
		if (/[\p{L}\p{N}]/u.test(trimmed))
			sentences.push({ text: trimmed, offset: match.index + match[0].indexOf(trimmed.charAt(0)) });
	}
	return sentences;
}
