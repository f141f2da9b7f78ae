import type { Page } from '@playwright/test';

/**
 * What makes the page wider than the window, or undefined when nothing does: how far it scrolls
 * sideways, and the outermost elements that reach past the right edge with no ancestor that clips
 * or scrolls them.
 */
export async function overflowOf(page: Page): Promise<string | undefined> {
	const { scroll, elements } = await page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const contained = (element: Element) => {
			for (let parent = element.parentElement; parent; parent = parent.parentElement) {
				if (parent === document.body || parent === document.documentElement) return false;
				if (getComputedStyle(parent).overflowX !== 'visible') return true;
			}
			return false;
		};
		const past = [...document.body.querySelectorAll('*')].filter((element) => {
			const box = element.getBoundingClientRect();
			return box.width > 0 && box.right > width + 0.5 && !contained(element);
		});
		const outermost = past.filter((element) => !past.includes(element.parentElement!));
		return {
			scroll: document.documentElement.scrollWidth - width,
			elements: outermost.slice(0, 3).map((element) => {
				const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
				const right = Math.round(element.getBoundingClientRect().right);
				return `<${element.localName}${element.className ? ` class="${element.className}"` : ''}> "${text}" ends at ${right} px`;
			}),
		};
	});
	if (scroll <= 0 && elements.length === 0) return undefined;
	return `scrolls ${scroll} px sideways: ${elements.join('; ') || '(no element found)'}`;
}
