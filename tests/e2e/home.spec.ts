/**
 * The home page starts somewhere: one first step for a new employee (the thirty-minute
 * introduction), with their progress when they come back, before the map of the principles; and
 * the handbook's mark beside its name and as the favicon.
 */
import { expect, test, type Page } from '@playwright/test';
import { pathSteps } from './pathSteps.ts';
import { PHONE } from './screens.ts';

const INTRO = 'thirty-minute-introduction';
const steps = pathSteps(INTRO);

const firstStep = (page: Page) =>
	page.getByRole('region', { name: 'A thirty-minute introduction' });

/** Progress on the introduction as the path page keeps it, written before the page loads. */
async function keepDone(page: Page, done: string[]) {
	await page.addInitScript(
		([key, value]) => window.localStorage.setItem(key!, value!),
		[`dayone:path:${INTRO}`, JSON.stringify({ done, answers: {} })],
	);
}

test.describe('a new reader', () => {
	test('sees one first step, the introduction, on the first screen of a phone', async ({
		page,
	}) => {
		await page.setViewportSize(PHONE);
		await page.goto('/');
		await expect(firstStep(page)).toContainText('Your first step');
		await expect(firstStep(page)).toContainText(`${steps.length} short readings`);
		const start = firstStep(page).getByRole('link', { name: 'Start the introduction' });
		await expect(start).toBeInViewport();
		await start.click();
		await expect(page).toHaveURL(new RegExp(`/paths/${INTRO}/$`));
	});

	test('finds the first step before the map of the principles', async ({ page }) => {
		await page.goto('/');
		const step = await firstStep(page).boundingBox();
		const map = await page
			.getByRole('heading', { name: 'The principles at a glance' })
			.boundingBox();
		expect(step!.y + step!.height).toBeLessThan(map!.y);
	});
});

test.describe('a reader who comes back', () => {
	test('sees how far they got and the next step to read', async ({ page }) => {
		await keepDone(page, [steps[0]!.href, steps[1]!.href]);
		await page.goto('/');
		await expect(firstStep(page)).toContainText(`You have read 2 of ${steps.length} steps, about`);
		await firstStep(page)
			.getByRole('link', { name: `Next: ${steps[2]!.title}` })
			.click();
		await expect(page).toHaveURL(new RegExp(`${steps[2]!.href}$`));
	});

	test('after ticking a step on the path, sees it counted at home, and only there', async ({
		page,
	}) => {
		await page.goto(`/paths/${INTRO}/`);
		await page.getByRole('checkbox', { name: 'Step 1 done' }).check();
		await page.goto('/');
		await expect(firstStep(page)).toContainText(`You have read 1 of ${steps.length} steps`);
		// "Continue where you left off" would say the same again: it stays hidden for this path.
		await expect(page.getByRole('heading', { name: 'Continue where you left off' })).toBeHidden();
	});

	test('having read every step, is offered the other paths', async ({ page }) => {
		await keepDone(
			page,
			steps.map((step) => step.href),
		);
		await page.goto('/');
		await firstStep(page).getByRole('link', { name: 'Choose your next reading path' }).click();
		await expect(page).toHaveURL(/\/paths\/$/);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the first step is the link to start, whatever was kept', async ({ page }) => {
		await page.goto('/');
		await expect(
			firstStep(page).getByRole('link', { name: 'Start the introduction' }),
		).toHaveAttribute('href', `/paths/${INTRO}/`);
	});
});

test.describe('the handbook’s mark', () => {
	test('sits beside the name in the header, hidden from screen readers', async ({ page }) => {
		await page.goto('/essays/process-as-a-proxy/');
		const home = page.getByRole('banner').getByRole('link', { name: 'Day One', exact: true });
		await expect(home).toBeVisible();
		const mark = home.locator('svg');
		await expect(mark).toHaveAttribute('aria-hidden', 'true');
		const box = await mark.boundingBox();
		expect(box?.width).toBeGreaterThanOrEqual(24);
	});

	test('is the favicon, an SVG the page links', async ({ page, request }) => {
		await page.goto('/');
		const href = await page.locator('link[rel="icon"]').getAttribute('href');
		const response = await request.get(href!);
		expect(response.ok()).toBe(true);
		expect(response.headers()['content-type']).toContain('image/svg+xml');
		const svg = await response.text();
		expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 32 32"/);
		expect(svg).toContain('class="rays"');
	});
});
