/** Minutes a reader needs for `text`, rounded up, at least 1. MDX tags and link targets are not words. */
export function readingTime(text: string, wordsPerMinute = 220): number {
	const prose = text
		.replace(/<[^>]+>/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/[#*_`>[\]-]/g, ' ');
	const words = prose.split(/\s+/).filter(Boolean).length;
	return Math.max(1, Math.ceil(words / wordsPerMinute));
}
