import { expect, test } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { PHONE } from './screens.ts';
import { firstParagraph } from './firstParagraph.ts';
import { readingPages } from './sitePages.ts';
import { THEME_KEY } from '../../src/storage/themeKey.ts';

const ESSAY = '/essays/process-as-a-proxy/';

test.describe('the first screen on a phone', () => {
	test.use({ viewport: PHONE });

	// Each reading page's first screen is checked in the every-page sweep (every-page.spec.ts),
	// on its one visit; here, that the sweep has the pages to check.
	test('the every-page sweep has every essay, principle and case study to check', () => {
		expect(readingPages().length).toBeGreaterThanOrEqual(30);
	});

	test('the header is one row of at most 64 px: the name, search and a menu', async ({ page }) => {
		await page.goto(ESSAY);
		const header = page.getByRole('banner');
		expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
		const name = header.getByRole('link', { name: 'Day One' });
		const search = header.getByRole('button', { name: 'Search' });
		const menu = header.getByText('Menu', { exact: true });
		const tops = await Promise.all([name, search, menu].map(async (item) => item.boundingBox()));
		const middles = tops.map((box) => box!.y + box!.height / 2);
		expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(8);
		await expect(header.getByRole('navigation', { name: 'Sections' })).toBeHidden();
	});

	test('the menu opens onto the sections and the theme switch, over the page', async ({ page }) => {
		await page.goto(ESSAY);
		const heading = page.getByRole('heading', { level: 1 });
		const before = (await heading.boundingBox())!.y;
		await page.getByRole('banner').getByText('Menu', { exact: true }).click();
		const sections = page.getByRole('navigation', { name: 'Sections' });
		await expect(sections.getByRole('link', { name: 'Essays' })).toHaveAttribute(
			'aria-current',
			'page',
		);
		await expect(
			page.getByRole('button', { name: /^Switch to (dark|light) theme$/ }),
		).toBeVisible();
		expect((await heading.boundingBox())!.y).toBe(before);
	});

	test('page facts fold into one line that opens onto the rest', async ({ page }) => {
		await page.goto(ESSAY);
		const facts = page.getByText(/^\s*\d+ min read ·\s+Last updated/);
		await expect(facts).toBeVisible();
		expect((await facts.boundingBox())!.height).toBeLessThan(32);
		await expect(page.getByText('Kept by Day One editors')).toBeHidden();
		await expect(page.getByText(/^Discusses:/)).toBeHidden();
		await facts.click();
		await expect(page.getByText('Kept by Day One editors')).toBeVisible();
		await expect(page.getByText(/^Discusses:/)).toBeVisible();
		await expect(page.getByText(/^By Day One editors, published/)).toBeVisible();
	});
	// No text on any page is smaller than 16 px at this width: every-page.spec.ts.
});

test.describe('without JavaScript on a phone', () => {
	test.use({ viewport: PHONE, javaScriptEnabled: false });

	test('the menu still opens onto the sections, with no theme switch that could do nothing', async ({
		page,
	}) => {
		await page.goto(ESSAY);
		await page.getByRole('banner').getByText('Menu', { exact: true }).click();
		await expect(
			page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Principles' }),
		).toBeVisible();
		await expect(page.getByRole('button', { name: /theme/ })).toBeHidden();
	});

	test('search is a link to the search page', async ({ page }) => {
		await page.goto(ESSAY);
		await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
		await expect(page).toHaveURL(/\/search\/$/);
	});
});

test.describe('the theme switch', () => {
	for (const [system, other] of [
		['light', 'dark'],
		['dark', 'light'],
	] as const) {
		test(`on a ${system} system it offers the ${other} theme, then the ${system} one`, async ({
			page,
		}) => {
			await page.emulateMedia({ colorScheme: system });
			await page.goto(ESSAY);
			await page.getByRole('button', { name: `Switch to ${other} theme` }).click();
			await expect(page.getByRole('button', { name: `Switch to ${system} theme` })).toBeVisible();
			await expect(page.locator('html')).toHaveAttribute('data-theme', other);
		});
	}
});

test.describe('web fonts', () => {
	test('the text and heading faces load from the site itself, and only woff2', async ({ page }) => {
		const fonts: string[] = [];
		page.on('requestfinished', (request) => {
			if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
		});
		await page.goto(ESSAY, { waitUntil: 'networkidle' });
		expect(fonts.length).toBeGreaterThan(0);
		expect(fonts.every((path) => path.endsWith('.woff2'))).toBe(true);
		expect(
			await page.evaluate(() =>
				[...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family),
			),
		).toEqual(expect.arrayContaining(['Source Serif 4', 'Inter']));
		const body = await firstParagraph(page, ESSAY).evaluate(
			(element) => getComputedStyle(element).fontFamily,
		);
		expect(body).toMatch(/^"Source Serif 4"/);
	});

	// A slow network is when a swap could move text: hold every font back so the page first
	// lays out in the sized fallbacks, then swaps.
	for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
		test(`fonts that arrive late move no text (layout shift under 0.01, ${viewport.width} px)`, async ({
			page,
		}) => {
			await page.setViewportSize(viewport);
			await page.route(/\.woff2$/, async (route) => {
				await new Promise((resolve) => setTimeout(resolve, 600));
				await route.continue();
			});
			await page.addInitScript(() => {
				(window as unknown as { __shift: number }).__shift = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>)
						(window as unknown as { __shift: number }).__shift += entry.value;
				}).observe({ type: 'layout-shift', buffered: true });
			});
			for (const path of [
				ESSAY,
				'/principles/customer-obsession/',
				'/case-studies/amazon-prime/',
			]) {
				await page.goto(path, { waitUntil: 'networkidle' });
				await page.evaluate(() => document.fonts.ready);
				const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
				console.log(
					`${path} at ${viewport.width} px: layout shift ${shift.toFixed(4)} with late fonts`,
				);
				expect(shift, path).toBeLessThan(0.01);
			}
		});
	}
});

test.describe('the palette', () => {
	// Every page runs through axe in both system themes (every-page.spec.ts); this adds what
	// only opens on a phone (the menu, the page facts) and a theme chosen against the system's.
	for (const theme of ['light', 'dark'] as const) {
		test(`the open phone menu and facts pass WCAG AA contrast in the chosen ${theme} theme`, async ({
			page,
		}) => {
			await page.setViewportSize(PHONE);
			await page.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
			await page.addInitScript(
				([key, chosen]) => localStorage.setItem(key, chosen),
				[THEME_KEY, theme],
			);
			await page.goto(ESSAY);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			await page.getByRole('banner').getByText('Menu', { exact: true }).click();
			await page.getByText(/^\s*\d+ min read ·\s+Last updated/).click();
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});
