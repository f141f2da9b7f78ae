/**
 * Words that carry a sentence's grammar rather than its subject. A reader's question ("how do I
 * make decisions faster") is searched for its other words, and typo correction never turns a word
 * into one of these ("wow" is not "how").
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
	`a about above after again against all am an and any are as at be because been before being
	below between both but by can could did do does doing down during each few for from further
	had has have having he her here hers herself him himself his how i if in into is it it's its
	itself just let me more most my myself nor now of off on once only or other our ours
	ourselves out over own same she should so some such than that the their theirs them
	themselves then there these they this those through to too under until up very was we were
	what when where which while who whom why will with would you your yours yourself yourselves
	i'm you're we're they're isn't aren't don't doesn't didn't can't won't what's how's`.split(/\s+/),
);

/** Whether `word` (a search word: lower case) is a function word. */
export function isFunctionWord(word: string): boolean {
	return FUNCTION_WORDS.has(word);
}

/**
 * The words of a query that must match: all but its function words. A query of nothing but
 * function words keeps them all, so "how" still finds the pages that use it.
 */
export function meaningfulWords(words: string[]): string[] {
	const kept = words.filter((word) => !isFunctionWord(word));
	return kept.length > 0 ? kept : words;
}
