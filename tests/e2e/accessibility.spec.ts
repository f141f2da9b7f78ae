import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { printPages, sitePages } from './sitePages.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} theme`, () => {
		test.use({ colorScheme });
		for (const path of sitePages()) {
			test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
				// A path's print version holds every step's page: axe needs longer than on one page.
				if (printPages().includes(path)) test.slow();
				await page.goto(path);
				const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
				expect(
					violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
				).toEqual([]);
			});
		}
	});
}

test('the open search dialog with results has no WCAG 2.2 AA violations', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Control+k');
	await page.getByRole('dialog').getByRole('searchbox').fill('prime');
	await expect(
		page
			.getByRole('dialog')
			.getByRole('link', { name: 'Amazon Prime: the program nobody asked for', exact: true }),
	).toBeVisible();
	const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
	expect(violations.map((v) => v.id)).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`an open link preview has no WCAG 2.2 AA violations (${colorScheme} theme)`, async ({
		page,
	}) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('/essays/process-as-a-proxy/');
		await page.getByRole('main').getByRole('link', { name: 'signs of Day 2', exact: true }).hover();
		await expect(page.getByRole('tooltip')).toBeVisible();
		const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
		expect(
			violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
		).toEqual([]);
	});
}
