/**
 * Checks that every image in a page's text has alt text, in markdown (`![alt](src)`) and in
 * `<img>` tags, so screen-reader users are told what the image shows.
 */
import type { ContentProblem } from './contentErrors.ts';
import { locate } from './positions.ts';

/** Every image without alt text in `page`'s body, as one problem for its file. */
export function imageProblems(page: {
	filePath: string;
	body: string;
	bodyLine?: number;
}): ContentProblem[] {
	const lines: string[] = [];
	const at = (offset: number, message: string) => locate(page, offset, message);
	for (const { 0: image, 1: src, index } of page.body.matchAll(/!\[\s*\]\(([^)\s]+)[^)]*\)/g)) {
		lines.push(
			at(index, `the image ${src} has no alt text: ${image}`),
			'Fix: describe the image between the brackets, as in ![A chart of Prime items by year](…).',
		);
	}
	for (const { 0: tag, index } of page.body.matchAll(/<img\b[^>]*>/g)) {
		if (!/\balt\s*=\s*["'][^"']+["']/.test(tag)) {
			lines.push(
				at(index, `an <img> has no alt text: ${tag}`),
				'Fix: add alt="…" describing the image (alt="" only for pure decoration).',
			);
		}
	}
	return lines.length ? [{ filePath: page.filePath, lines }] : [];
}
