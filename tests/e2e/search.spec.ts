import { expect, test } from '@playwright/test';

test('?q=prime lists the Prime case study', async ({ page }) => {
	await page.goto('/search/?q=prime');
	await expect(page.getByRole('status')).toHaveText(/pages? match/);
	await expect(page.getByRole('main').getByRole('link', { name: /Prime/ }).first()).toBeVisible();
	await expect(page.getByRole('main').getByRole('searchbox', { name: 'Search the handbook' })).toHaveValue('prime');
});

test('the header search form takes the reader to results', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('banner').getByRole('searchbox').fill('royalties');
	await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/search\/\?q=royalties$/);
	await expect(page.getByRole('main').getByRole('link', { name: /royalt/i }).first()).toBeVisible();
});

test('a search with no match says so calmly', async ({ page }) => {
	await page.goto('/search/?q=zzzxqv');
	await expect(page.getByRole('status')).toHaveText('No pages match “zzzxqv”.');
});

test('the search index is served with the site', async ({ request }) => {
	const response = await request.get('/pagefind/pagefind.js');
	expect(response.status()).toBe(200);
});
