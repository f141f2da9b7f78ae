// Axe in both themes, console errors, CSP and 320 px run over every sitemap page, these two
// included (every-page.spec.ts).
import { expect, test, type Page } from '@playwright/test';
import { PHONE } from './screens.ts';

const MAP = '/map/';
const TIMELINE = '/timeline/';

const picture = (page: Page) => page.getByRole('group', { name: 'Map of the principles' });

test.describe('the map of the principles', () => {
	test('its nodes are links with names, reached one after another with the Tab key', async ({
		page,
	}) => {
		await page.goto(MAP);
		const links = picture(page).getByRole('link');
		const count = await links.count();
		expect(count).toBeGreaterThan(40);
		// From the last link before the map, Tab walks through every node of the picture in turn.
		await page.getByRole('main').getByRole('link', { name: 'the principles', exact: true }).focus();
		for (let step = 0; step < count; step += 1) {
			await page.keyboard.press('Tab');
			const focused = await page.evaluate(() => {
				const active = document.activeElement!;
				return {
					inPicture: active.closest('svg') !== null,
					name: active.querySelector('title')?.textContent ?? '',
				};
			});
			expect(focused.inPicture).toBe(true);
			expect(focused.name).not.toBe('');
		}
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement!.closest('svg'))).toBeNull();
	});

	test('a focused node shows a ring and brings out its links, and Enter opens its page', async ({
		page,
	}) => {
		await page.goto(MAP);
		const node = picture(page).getByRole('link', { name: 'Customer obsession', exact: true });
		// The principle's links are drawn just before its node; they have no role of their own.
		const edges = node.locator('xpath=preceding-sibling::*[1]');
		const before = await edges.evaluate((path) => getComputedStyle(path).strokeWidth);
		await node.focus();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		await expect(node).toBeFocused();
		const ring = await node.evaluate((link) => getComputedStyle(link.querySelector('rect')!));
		expect(ring.strokeWidth).toBe('3px');
		expect(await edges.evaluate((path) => getComputedStyle(path).strokeWidth)).not.toBe(before);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/principles\/customer-obsession\/$/);
	});

	test('a letter node is named by its letter, a case study by its whole title', async ({
		page,
	}) => {
		await page.goto(MAP);
		await expect(
			picture(page).getByRole('link', { name: '2016 letter', exact: true }),
		).toBeVisible();
		await expect(
			picture(page).getByRole('link', { name: 'Kindle: learning to build hardware for readers' }),
		).toBeVisible();
	});

	test('on the home page every node is still a target of at least 24 by 24 px', async ({
		page,
	}) => {
		await page.goto('/');
		const boxes = await picture(page)
			.getByRole('link')
			.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON()));
		expect(boxes.length).toBeGreaterThan(40);
		const small = boxes.filter((box: DOMRect) => box.height < 24 || box.width < 24);
		expect(small).toEqual([]);
	});

	test('on a phone the picture keeps its drawn size and scrolls in its own box, not the page', async ({
		page,
	}) => {
		await page.setViewportSize(PHONE);
		await page.goto(MAP);
		const sizes = await picture(page).evaluate((svg) => {
			const box = svg.parentElement!;
			return {
				drawn: Number(svg.getAttribute('width')),
				shown: svg.getBoundingClientRect().width,
				label: parseFloat(getComputedStyle(svg.querySelector('a text')!).fontSize),
				boxScrolls: box.scrollWidth > box.clientWidth,
				pageScrolls: document.documentElement.scrollWidth > window.innerWidth,
			};
		});
		expect(sizes.shown).toBe(sizes.drawn);
		expect(sizes.label).toBe(13);
		expect(sizes.boxScrolls).toBe(true);
		expect(sizes.pageScrolls).toBe(false);
		await expect(page.getByText('Scroll the picture sideways to see all of it.')).toBeVisible();
		// A node off to the side comes into view when the keyboard reaches it.
		const farNode = picture(page).getByRole('link', { name: 'Tough love' });
		await farNode.focus();
		await expect(farNode).toBeInViewport();
		const small = (
			await picture(page)
				.getByRole('link')
				.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON()))
		).filter((box: DOMRect) => box.height < 24 || box.width < 24);
		expect(small).toEqual([]);
	});

	test('on a wide screen the whole picture fits, with no hint to scroll', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(MAP);
		expect(
			await picture(page).evaluate(
				(svg) => svg.parentElement!.scrollWidth > svg.parentElement!.clientWidth,
			),
		).toBe(false);
		await expect(page.getByText('Scroll the picture sideways to see all of it.')).toBeHidden();
	});

	test('the list beside it is open on its own page, and folded on the home page', async ({
		page,
	}) => {
		await page.goto(MAP);
		const list = page.getByRole('group').filter({ hasText: 'The map as a list' });
		await expect(list.getByRole('link', { name: '2016 letter' }).first()).toBeVisible();
		await page.goto('/');
		await expect(picture(page)).toBeVisible();
		await expect(page.getByText('The map as a list')).toBeVisible();
		await expect(
			page.locator('details').getByRole('link', { name: '2016 letter' }).first(),
		).toBeHidden();
	});

	test('the theme colours the map: its labels change with the theme', async ({ page }) => {
		await page.goto(MAP);
		const label = picture(page).getByRole('link', { name: 'Tough love' }).locator('text');
		const light = await label.evaluate((text) => getComputedStyle(text).fill);
		await page.getByRole('button', { name: 'Switch to dark theme' }).click();
		expect(await label.evaluate((text) => getComputedStyle(text).fill)).not.toBe(light);
	});

	test('in print the map is black on white and fits one page', async ({ page }) => {
		// About the printable area of an A4 or US Letter page at 96 px an inch.
		await page.setViewportSize({ width: 700, height: 1000 });
		await page.goto(MAP);
		await page.emulateMedia({ media: 'print' });
		const colours = await page.evaluate(() => {
			const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
			return {
				label: style('.principle-map svg a text').fill,
				edges: style('.principle-map .edges').stroke,
				box: style('.principle-map .principle rect').fill,
			};
		});
		expect(colours).toEqual({
			label: 'rgb(0, 0, 0)',
			edges: 'rgb(0, 0, 0)',
			box: 'rgb(255, 255, 255)',
		});
		const box = (await picture(page).boundingBox())!;
		expect(box.width).toBeLessThanOrEqual(700);
		expect(box.height).toBeLessThanOrEqual(23 * (96 / 2.54));
	});
});

test.describe('the timeline of the letters', () => {
	test('is an ordered list of years, each a heading, with 1998 shown as a gap', async ({
		page,
	}) => {
		await page.goto(TIMELINE);
		const years = page
			.getByRole('main')
			.getByRole('list')
			.first()
			.getByRole('heading', { level: 2 });
		await expect(years.first()).toHaveText('1997');
		await expect(years.last()).toHaveText('2018');
		await expect(years).toHaveCount(22);
		await expect(
			page.getByText('This handbook has no page for a letter covering 1998.'),
		).toBeVisible();
		await page.getByRole('link', { name: 'Zappos: the first thing Bezos said' }).click();
		await expect(page).toHaveURL(/\/case-studies\/zappos\/$/);
	});

	test('is reached from the sources list and from the map', async ({ page }) => {
		await page.goto('/sources/');
		await page.getByRole('link', { name: /letters year by year/ }).click();
		await expect(page).toHaveURL(/\/timeline\/$/);
		await page.goto(MAP);
		await page.getByRole('link', { name: 'the timeline of the letters' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline of the letters');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the map and its list, and the timeline, are all there', async ({ page }) => {
		await page.goto(MAP);
		await expect(
			picture(page).getByRole('link', { name: 'Customer obsession', exact: true }),
		).toBeVisible();
		await expect(
			page.locator('details').getByRole('link', { name: 'Tough love' }).first(),
		).toBeVisible();
		await page.goto(TIMELINE);
		await expect(
			page.getByRole('link', { name: 'Amazon 1997 letter to shareholders' }),
		).toBeVisible();
	});
});
