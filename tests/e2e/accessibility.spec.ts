// Every page runs through axe in light and in dark in every-page.spec.ts; these are the states a
// page reaches only when a reader opens something.
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe.ts';

test('the open search dialog with results has no WCAG 2.2 AA violations', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Control+k');
	await page.getByRole('dialog').getByRole('searchbox').fill('prime');
	await expect(
		page
			.getByRole('dialog')
			.getByRole('link', { name: 'Amazon Prime: the program nobody asked for', exact: true }),
	).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`an open link preview has no WCAG 2.2 AA violations (${colorScheme} theme)`, async ({
		page,
	}) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('/essays/process-as-a-proxy/');
		await page.getByRole('main').getByRole('link', { name: 'signs of Day 2', exact: true }).hover();
		await expect(page.getByRole('tooltip')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
}
