import type { Page } from '@playwright/test';
import { firstParagraphStart } from './sitePages.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The reading page's first body paragraph, found by the words its Markdown copy starts with. */
export function firstParagraph(page: Page, path: string) {
	return page
		.getByRole('article')
		.getByRole('paragraph')
		.filter({ hasText: new RegExp(`^\\s*${escapeRegExp(firstParagraphStart(path))}`) })
		.first();
}

/**
 * Where the first paragraph of the reading page at `path` starts, if it is not on the first screen
 * of a viewport `height` px tall with room for one line of it; undefined when it is.
 */
export async function firstParagraphBelowFold(
	page: Page,
	path: string,
	height: number,
): Promise<string | undefined> {
	const box = await firstParagraph(page, path).boundingBox();
	if (!box) return 'no first paragraph shown';
	return box.y >= height - 24 ? `first paragraph starts at ${box.y} px` : undefined;
}
