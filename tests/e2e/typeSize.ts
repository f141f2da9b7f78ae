import type { Page } from '@playwright/test';

/** The smallest type the handbook sets for reading, in CSS pixels. */
export const SMALLEST_TEXT = 16;

/** Every visible element whose own text is set smaller than SMALLEST_TEXT, one line each. */
export function smallTextOf(page: Page): Promise<string[]> {
	return page.evaluate((smallest) => {
		// An SVG drawing's labels scale with the drawing, not with the page's type; a citation
		// marker is a superscript number by design, and names its source on hover, focus and in
		// print (citations.spec.ts).
		const elements = [...document.body.querySelectorAll('*')].filter(
			(element) => !(element instanceof SVGElement) && !element.closest('sup.cite'),
		);
		return elements
			.filter((element) =>
				[...element.childNodes].some(
					(node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim(),
				),
			)
			.filter((element) => element.checkVisibility({ visibilityProperty: true }))
			.filter((element) => element.getBoundingClientRect().width > 1)
			.filter((element) => parseFloat(getComputedStyle(element).fontSize) < smallest)
			.map(
				(element) =>
					`<${element.localName}> "${element.textContent!.trim().slice(0, 30)}" at ${getComputedStyle(element).fontSize}`,
			);
	}, SMALLEST_TEXT);
}
