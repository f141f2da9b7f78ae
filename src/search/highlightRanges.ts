import { searchWords } from './searchWords.ts';

/**
 * Where in `text` the words of `terms` occur, as [start, end) ranges in order. A term matches the
 * start of a word, as Pagefind matches prefixes ("royalt" marks "royalties").
 */
export function highlightRanges(text: string, terms: string[]): Array<[number, number]> {
	const wanted = [...new Set(terms.flatMap((term) => searchWords(term)))].filter(
		(word) => word.length >= 2,
	);
	if (wanted.length === 0) return [];
	const ranges: Array<[number, number]> = [];
	for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)) {
		const word = match[0].toLowerCase().replace(/’/g, "'");
		if (wanted.some((term) => word.startsWith(term)))
			ranges.push([match.index!, match.index! + match[0].length]);
	}
	return ranges;
}
