/**
 * The words of a text as search sees them: lower case, letters and digits (any script), with
 * apostrophes kept inside words. Shared by the vocabulary, typo correction and highlighting, so
 * all three agree on what a word is.
 */
export function searchWords(text: string): string[] {
	return (
		text
			.toLowerCase()
			.replace(/[’‘]/g, "'")
			.match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []
	).filter(Boolean);
}

/**
 * A page's text split into the words Pagefind counts when it reports where matches are (split at
 * white space, punctuation kept), so a matched position can be looked up.
 */
export function pageTextWords(content: string): string[] {
	return content.split(/[\r\n\s]+/g);
}
