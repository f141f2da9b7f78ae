// Every built page, visited once: the checks that hold for every page share one load, so a page's
// failure lists all its faults and the suite pays for each page once. The page is checked at
// desktop width in light, then in dark, then on a phone (text size, and a reading page's first
// paragraph on the first screen), then at 320 px. No script of the site
// reads the width or the scheme only at load (the theme switch follows changes), so changing them
// after the load shows what a reader who arrived that way sees.
import { expect, test } from '@playwright/test';
import { axeViolations, COLOUR_RULES, WCAG_22_AA } from './axe.ts';
import { overflowOf } from './overflow.ts';
import { watchProblems } from './pageProblems.ts';
import { firstParagraphBelowFold } from './firstParagraph.ts';
import { printPages, readingPages, sweptPages } from './sitePages.ts';
import { NARROW_SCREEN, NARROWEST, PHONE } from './screens.ts';
import { SMALLEST_TEXT, smallTextOf } from './typeSize.ts';

test.use({ colorScheme: 'light' });

const PRINT_PAGES = new Set(printPages());
const READING_PAGES = new Set(readingPages());

for (const path of sweptPages()) {
	test(`${path}: no console error or CSP violation, no WCAG 2.2 AA violation in light or dark, no text under ${SMALLEST_TEXT} px and a reading page's text on the first screen on a phone, fits ${NARROWEST} px`, async ({
		page,
	}) => {
		// A path's print version holds every step's page: axe needs longer than on one page.
		if (PRINT_PAGES.has(path)) test.slow();
		const problems = await watchProblems(page);
		await page.goto(path);
		expect.soft(await axeViolations(page), 'WCAG 2.2 AA violations, light theme').toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect
			.soft(
				await axeViolations(page, WCAG_22_AA, COLOUR_RULES),
				'WCAG 2.2 AA violations, dark theme',
			)
			.toEqual([]);
		await page.setViewportSize(PHONE);
		expect.soft(await smallTextOf(page), `text under ${SMALLEST_TEXT} px on a phone`).toEqual([]);
		// A reader on a phone meets an essay's, principle's or case study's text on the first screen.
		if (READING_PAGES.has(path)) {
			expect
				.soft(await firstParagraphBelowFold(page, path, PHONE.height), `fold at ${PHONE.height} px`)
				.toBeUndefined();
		}
		await page.setViewportSize(NARROW_SCREEN);
		expect.soft(await overflowOf(page), `wider than ${NARROWEST} px`).toBeUndefined();
		expect.soft(problems, 'console errors and CSP violations').toEqual([]);
	});
}
