import { expect, test } from '@playwright/test';
import { pathSteps } from './pathSteps.ts';

const PATH = '/paths/thirty-minute-introduction/';

test('ticking steps is remembered across reloads', async ({ page }) => {
	await page.goto(PATH);
	await expect(page.getByRole('status')).toHaveText(/0 of 6 steps done/);
	await page.getByRole('checkbox', { name: 'Step 1 done' }).check();
	await page.getByRole('checkbox', { name: 'Step 2 done' }).check();
	await expect(page.getByRole('status')).toHaveText(/2 of 6 steps done/);
	await page.reload();
	await expect(page.getByRole('checkbox', { name: 'Step 1 done' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Step 3 done' })).not.toBeChecked();
	await expect(page.getByRole('status')).toHaveText(/2 of 6 steps done/);
});

test('the home page offers to continue where the reader left off', async ({ page }) => {
	// The first week, not the introduction: the home page's first step shows the introduction's
	// progress itself (home.spec.ts), and "Continue where you left off" every other path's.
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Continue where you left off' })).toBeHidden();
	await page.goto('/paths/first-week/');
	await page.getByRole('checkbox', { name: 'Step 1 done' }).check();
	await page.goto('/');
	const resume = page.getByRole('region', { name: 'Continue where you left off' });
	await expect(resume).toBeVisible();
	await resume.getByRole('link', { name: /^Next: / }).click();
	// The next step is the path's second, as its content file lists it.
	await expect(page).toHaveURL(new RegExp(`${pathSteps('first-week')[1]!.href}$`));
});

test('the reader can copy a plain-text summary of their progress', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(PATH);
	await page.getByRole('checkbox', { name: 'Step 1 done' }).check();
	await page.getByRole('button', { name: 'Copy my progress' }).click();
	await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
	const text = await page.evaluate(() => navigator.clipboard.readText());
	expect(text).toMatch(/^A thirty-minute introduction: 1 of 6 steps done/);
	expect(text).toContain('[x] 1. Customer obsession');
	expect(text).toContain('[ ] 2. ');
});

test.describe('new or changed since the last visit', () => {
	test('pages changed after the last visit get a badge in lists and on paths', async ({ page }) => {
		const longAgo = Date.parse('2001-01-01');
		await page.addInitScript((time) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem('dayone:visits', JSON.stringify({ current: time }));
				sessionStorage.setItem('seeded', '1');
			}
		}, longAgo);
		const badgeOn = (title: string) =>
			page
				.getByRole('main')
				.getByRole('listitem')
				.filter({ has: page.getByRole('link', { name: title, exact: true }) })
				.getByText('New or changed since your last visit');
		await page.goto('/essays/');
		await expect(badgeOn('Process as a proxy')).toBeVisible();
		await page.goto(PATH);
		await expect(badgeOn('Customer obsession')).toBeVisible();
	});

	test('a first visit shows no badges', async ({ page }) => {
		await page.goto('/essays/');
		// Wait until the page's scripts have run: the visit is recorded and the list is upgraded.
		await page.waitForFunction(
			() =>
				localStorage.getItem('dayone:visits') !== null &&
				customElements.get('entry-list') !== undefined,
		);
		await expect(page.getByText('New or changed since your last visit')).toHaveCount(0);
	});
});
