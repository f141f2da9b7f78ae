/**
 * How the site finds glossary terms in a text: the one matcher behind the term links in every
 * page's prose (`termLinks.ts`) and so behind each page's "Terms on this page".
 */
/** A glossary term as the matcher needs it. */
export interface TermForMatch {
	id: string;
	term: string;
	aliases: string[];
}

/** Where a text uses a term: `text.slice(start, end)` is the author's wording of it. */
export interface TermOccurrence {
	term: TermForMatch;
	start: number;
	end: number;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A term's name as a pattern. An apostrophe matches a typographic one too: the Markdown processor
 * turns "Earth's" into "Earth’s" before the text reaches the links, and authors type either. A
 * space matches any run of white space, since a phrase may break across lines of a file.
 */
function namePattern(name: string): string {
	return name
		.trim()
		.split(/\s+/)
		.map((word) => escapeRegExp(word).replace(/['‘’]/g, "['‘’]"))
		.join('\\s+');
}

/**
 * What a text must hold, in lower case, at the start of a word, for a name to match it: the
 * name's first word up to any apostrophe. A name that is not plain ASCII, or that does not start
 * with a letter or digit, gets none (lower-casing and the pattern's case rules could differ there,
 * and a word's start would not be where it begins), so its pattern always runs.
 */
function nameNeedle(name: string): string | undefined {
	const needle = name.trim().split(/\s+/)[0]!.split(/['‘’]/)[0]!.toLowerCase();
	return /^[a-z0-9][\x20-\x7e]*$/.test(needle) ? needle : undefined;
}

/**
 * Which of `needles` stand at the start of a word of `lower`. One pass over the words, each
 * compared only with the needles that begin with its first letter: asking the whole text about
 * every needle in turn was most of the matcher's time.
 */
function needlesAtWordStarts(lower: string, byFirstLetter: Map<string, string[]>): Set<string> {
	const found = new Set<string>();
	for (const word of lower.matchAll(/[\p{L}\p{N}]+/gu)) {
		for (const needle of byFirstLetter.get(word[0][0]!) ?? [])
			if (lower.startsWith(needle, word.index)) found.add(needle);
	}
	return found;
}

/**
 * One pattern per term: its name or any alias, as a whole word (no letter or digit either side),
 * in any case, alone or with a plural "s" ("two-way doors"; other plurals, such as "proxies", are
 * aliases). Longer names come first, so "Prime membership" wins over "Prime" where both fit. Each
 * carries its names' needles: a text that holds none cannot match, and most texts hold none, so
 * the patterns run only where they might.
 */
function termPatterns(terms: TermForMatch[]) {
	return terms.flatMap((term) => {
		// A blank name would match everywhere (the content guard refuses one; the report reads raw files).
		const names = [term.term, ...term.aliases]
			.filter((name) => name.trim() !== '')
			.sort((a, b) => b.length - a.length);
		if (names.length === 0) return [];
		const needles = names.map(nameNeedle);
		return {
			term,
			needles: needles.includes(undefined) ? undefined : (needles as string[]),
			// The letter or digit before a name is checked apart (`followsWordCharacter`): a pattern
			// that starts with a look-behind is tried at every place in the text, one that starts
			// with the names can skip to where they might begin, several times faster.
			pattern: new RegExp(`(?:${names.map(namePattern).join('|')})s?(?![\\p{L}\\p{N}])`, 'giu'),
		};
	});
}

/** Whether a letter or digit stands just before `index` in `text`. */
function followsWordCharacter(text: string, index: number): boolean {
	// Two code units, so that a letter outside the Basic Multilingual Plane is read whole.
	return /[\p{L}\p{N}]$/u.test(text.slice(Math.max(0, index - 2), index));
}

/** Where `pattern` matches in `text` with no letter or digit before it. */
function wholeWordMatches(text: string, pattern: RegExp): Array<{ start: number; end: number }> {
	const found: Array<{ start: number; end: number }> = [];
	pattern.lastIndex = 0;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		// Inside a longer word: try again from the next place, where a name may still begin.
		if (match.index > 0 && followsWordCharacter(text, match.index))
			pattern.lastIndex = match.index + 1;
		else found.push({ start: match.index, end: match.index + match[0].length });
	}
	return found;
}

/**
 * A function that finds every place a text uses a glossary term, by its name or an alias, as a
 * whole word and in any case, in order of position; where two start at the same place, the longer
 * comes first. Occurrences may overlap ("Day 1" inside "Day 1 essentials"): choosing between them,
 * and leaving out the page's own term, is the caller's job (`termLinks()`). The patterns are
 * compiled once here, not once per page.
 */
export function termOccurrences(terms: TermForMatch[]): (text: string) => TermOccurrence[] {
	const patterns = termPatterns(terms);
	const byFirstLetter = new Map<string, string[]>();
	for (const needle of new Set(patterns.flatMap(({ needles }) => needles ?? [])))
		byFirstLetter.set(needle[0]!, [...(byFirstLetter.get(needle[0]!) ?? []), needle]);
	return (text) => {
		const present = needlesAtWordStarts(text.toLowerCase(), byFirstLetter);
		return patterns
			.filter(({ needles }) => !needles || needles.some((needle) => present.has(needle)))
			.flatMap(({ term, pattern }) =>
				wholeWordMatches(text, pattern).map((match) => ({ term, ...match })),
			)
			.sort((a, b) => a.start - b.start || b.end - a.end);
	};
}
