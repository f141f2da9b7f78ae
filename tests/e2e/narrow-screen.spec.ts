import { expect, test, type Page } from '@playwright/test';
import { sitePages } from './sitePages.ts';

// The narrowest screen the handbook supports (WCAG 2.2, 1.4.10 Reflow: 320 CSS pixels wide).
const WIDTH = 320;

/**
 * What makes the page wider than the window: how far it scrolls sideways, and the outermost
 * elements that reach past the right edge with no ancestor that clips or scrolls them.
 */
function overflowOf(page: Page) {
	return page.evaluate(() => {
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
}

test.describe(`a ${WIDTH} px wide screen`, () => {
	test.use({ viewport: { width: WIDTH, height: 640 } });

	// One page object visits every page, so the sweep stays fast; the failure names every page.
	test(`every page in the sitemap, and search results, fit without sideways scrolling`, async ({
		page,
	}) => {
		const paths = [...sitePages(), '/search/?q=prime'];
		test.setTimeout(paths.length * 4_000);
		const wide: string[] = [];
		for (const path of paths) {
			await page.goto(path);
			if (path.startsWith('/search/?'))
				await expect(
					page
						.getByRole('main')
						.getByRole('link', { name: 'Amazon Prime: the program nobody asked for', exact: true }),
				).toBeVisible();
			const { scroll, elements } = await overflowOf(page);
			if (scroll > 0 || elements.length > 0)
				wide.push(
					`${path} scrolls ${scroll} px sideways: ${elements.join('; ') || '(no element found)'}`,
				);
		}
		expect(wide, `${wide.length} of ${paths.length} pages are wider than ${WIDTH} px`).toEqual([]);
	});
});
