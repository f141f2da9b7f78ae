/**
 * Citation markers: a small number after the words it supports, named for its source to a screen
 * reader, on hover and keyboard focus, and on paper; one per source per sentence; a 24 by 24 px
 * target that leads to the source in the page's list.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';

const PAGE = '/principles/customer-obsession/';

/** The paragraph whose first sentence quotes the 2016 letter's "starter pack" and cites it too. */
const starterPack = (page: Page) =>
	page.getByRole('main').getByRole('paragraph').filter({ hasText: 'starter pack' });

const width = async (locator: Locator) => (await locator.boundingBox())?.width ?? 0;

test.describe('a principle page', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto(PAGE);
	});

	test('a marker is a link named for its source, shown as a number', async ({ page }) => {
		const marker = starterPack(page).getByRole('link', { name: /^Source \d+: 2016 letter$/ });
		await expect(marker).toHaveCount(1);
		await expect(marker).toHaveAccessibleName('Source 7: 2016 letter');
		await expect(starterPack(page)).not.toContainText('(2016 letter)');
	});

	test('a sentence that quotes and cites one letter shows one marker for it', async ({ page }) => {
		// The sentence has a <Quote source="letter-2016" inline> and a <Cite source="letter-2016" />.
		await expect(starterPack(page).getByRole('link', { name: /: 2016 letter$/ })).toHaveCount(1);
		// The next sentence of another paragraph cites its source again: a sentence of its own.
		const principle = page
			.getByRole('main')
			.getByRole('paragraph')
			.filter({ hasText: 'three sentences long' });
		await expect(principle.getByRole('link', { name: /: Leadership Principles$/ })).toHaveCount(2);
	});

	test('keyboard focus on a marker shows the name of its source', async ({ page }) => {
		const marker = starterPack(page).getByRole('link', { name: /: 2016 letter$/ });
		const name = marker.getByText('2016 letter');
		expect(await width(name)).toBeLessThan(2);
		await marker.focus();
		await expect(marker).toBeFocused();
		await expect.poll(() => width(name)).toBeGreaterThan(40);
		await expect(name).toBeInViewport();
	});

	test('Escape hides the name while focus stays on the marker, and it shows again next time', async ({
		page,
	}) => {
		const marker = starterPack(page).getByRole('link', { name: /: 2016 letter$/ });
		const name = marker.getByText('2016 letter');
		await marker.focus();
		await expect.poll(() => width(name)).toBeGreaterThan(40);
		await page.keyboard.press('Escape');
		await expect(marker).toBeFocused();
		await expect.poll(() => width(name)).toBeLessThan(2);
		await page.keyboard.press('Tab');
		await marker.focus();
		await expect.poll(() => width(name)).toBeGreaterThan(40);
	});

	test('Escape hides the name while the pointer stays on the marker', async ({ page }) => {
		const marker = starterPack(page).getByRole('link', { name: /: 2016 letter$/ });
		const name = marker.getByText('2016 letter');
		await marker.hover();
		await expect.poll(() => width(name)).toBeGreaterThan(40);
		await page.keyboard.press('Escape');
		await expect.poll(() => width(name)).toBeLessThan(2);
	});

	test('hovering a marker shows the name of its source', async ({ page }) => {
		const marker = starterPack(page).getByRole('link', { name: /: 2016 letter$/ });
		await marker.hover();
		await expect.poll(() => width(marker.getByText('2016 letter'))).toBeGreaterThan(40);
	});

	test('a marker is a target of at least 24 by 24 px', async ({ page }) => {
		const box = await starterPack(page)
			.getByRole('link', { name: /: 2016 letter$/ })
			.boundingBox();
		expect(box?.width).toBeGreaterThanOrEqual(24);
		expect(box?.height).toBeGreaterThanOrEqual(24);
	});

	test('a marker does not push its line away from the others', async ({ page }) => {
		// The paragraph keeps its height when every marker gives way to an empty box of its width
		// (so the lines wrap as before): no line grew taller for a marker.
		const grown = await starterPack(page).evaluate((paragraph) => {
			const before = paragraph.getBoundingClientRect().height;
			for (const marker of paragraph.querySelectorAll<HTMLElement>('sup')) {
				const box = document.createElement('span');
				box.style.cssText = `display: inline-block; width: ${marker.getBoundingClientRect().width}px; height: 0`;
				marker.replaceWith(box);
			}
			return before - paragraph.getBoundingClientRect().height;
		});
		expect(Math.abs(grown)).toBeLessThan(0.5);
	});

	test('a marker leads to its source in the list at the end of the page', async ({ page }) => {
		await starterPack(page)
			.getByRole('link', { name: /: 2016 letter$/ })
			.click();
		await expect(page).toHaveURL(/#source-letter-2016$/);
		const sources = page.getByRole('region', { name: 'Sources' });
		const entry = sources.getByRole('listitem').filter({ hasText: 'Amazon 2016 letter' });
		await expect(entry).toBeInViewport();
		// The list is numbered as the markers are: the 2016 letter is its seventh entry.
		const position = await entry.evaluate((item) =>
			[...item.parentElement!.children].indexOf(item),
		);
		expect(position + 1).toBe(7);
	});

	test('in print the name of the source follows its number', async ({ page }) => {
		await page.emulateMedia({ media: 'print' });
		const name = starterPack(page)
			.getByRole('link', { name: /: 2016 letter$/ })
			.getByText('2016 letter');
		await expect.poll(() => width(name)).toBeGreaterThan(40);
		const brackets = await name.evaluate((element) => [
			getComputedStyle(element, '::before').content,
			getComputedStyle(element, '::after').content,
		]);
		expect(brackets).toEqual(['"["', '"]"']);
	});

	test('a focused marker with its name showing has no WCAG 2.2 AA violations', async ({ page }) => {
		await starterPack(page)
			.getByRole('link', { name: /: 2016 letter$/ })
			.focus();
		expect(await axeViolations(page)).toEqual([]);
	});
});

test('a letter’s page lists itself as a source, where its own markers lead', async ({ page }) => {
	await page.goto('/sources/letter-2014/');
	const marker = page
		.getByRole('main')
		.getByRole('link', { name: 'Source 1: 2014 letter' })
		.filter({ visible: true });
	await expect(marker.first()).toBeVisible();
	await expect(
		page.getByRole('region', { name: 'Sources' }).getByRole('link', {
			name: 'Amazon 2014 letter to shareowners',
		}),
	).toBeVisible();
});
