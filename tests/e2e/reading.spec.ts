import { expect, test } from '@playwright/test';
import { expectSteps, pathSteps, stepList } from './pathSteps.ts';

const PRINCIPLE = '/principles/customer-obsession/';
const ESSAY = '/essays/process-as-a-proxy/';

test.describe('navigation', () => {
	test('the header names the site and links every section', async ({ page }) => {
		await page.goto(PRINCIPLE);
		const sections = page.getByRole('navigation', { name: 'Sections' });
		for (const name of ['Principles', 'Case studies', 'Essays', 'Paths', 'Glossary']) {
			await expect(sections.getByRole('link', { name, exact: true })).toBeVisible();
		}
		await expect(page.getByRole('banner').getByRole('link', { name: 'Day One' })).toHaveAttribute(
			'href',
			'/',
		);
		await expect(sections.getByRole('link', { name: 'Principles' })).toHaveAttribute(
			'aria-current',
			'page',
		);
	});

	test('breadcrumbs lead back to the section and home', async ({ page }) => {
		await page.goto(ESSAY);
		const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
		await expect(crumbs.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
		await expect(crumbs.getByRole('link', { name: 'Essays' })).toHaveAttribute('href', '/essays/');
	});

	test('the section sidebar lists the section with the current page marked', async ({ page }) => {
		await page.goto(PRINCIPLE);
		const sidebar = page.getByRole('navigation', { name: 'Principles in this section' });
		await expect(sidebar.getByRole('link', { name: 'Customer obsession' })).toHaveAttribute(
			'aria-current',
			'page',
		);
		await expect.poll(() => sidebar.getByRole('link').count()).toBeGreaterThanOrEqual(6);
	});

	test('"On this page" links to each section of a long page', async ({ page }) => {
		await page.goto(PRINCIPLE);
		const toc = page.getByRole('navigation', { name: 'On this page' });
		await toc.getByRole('link', { name: 'What it is not' }).click();
		await expect(page).toHaveURL(/#what-it-is-not$/);
		await expect(page.getByRole('heading', { name: 'What it is not' })).toBeInViewport();
	});

	test('previous and next links walk through a collection', async ({ page }) => {
		await page.goto(PRINCIPLE);
		const more = page.getByRole('navigation', { name: 'More principles' });
		const next = more.getByRole('link', { name: /^Next/ });
		await expect(next).toHaveAttribute('rel', 'next');
		await expect(next).toHaveAttribute('href', /\/principles\/[a-z-]+\/$/);
		await next.click();
		const previous = more.getByRole('link', { name: /^Previous/ });
		await expect(previous).toHaveAttribute('rel', 'prev');
		await expect(previous).toHaveAttribute('href', PRINCIPLE);
	});

	test('a page on a path links to the next step along it', async ({ page }) => {
		await page.goto(PRINCIPLE);
		const along = page.getByRole('navigation', { name: 'Along A thirty-minute introduction' });
		const next = along.getByRole('link', { name: /^Next/ });
		await expect(next).toHaveAttribute('rel', 'next');
		const steps = pathSteps('thirty-minute-introduction');
		expect(steps[0]!.href).toBe(PRINCIPLE);
		await expect(next).toHaveAttribute('href', steps[1]!.href);
		await expect(page.getByText(`Step 1 of ${steps.length} in`)).toBeVisible();
	});
});

test.describe('page furniture', () => {
	test('an essay shows reading time, last update, owner, review date and an edit link', async ({
		page,
	}) => {
		await page.goto(ESSAY);
		await expect(page.getByText(/\d+ min read/)).toBeVisible();
		const updated = page.getByText(/Last updated/);
		// The owner and the review date are folded behind the one-line facts: open them.
		await updated.click();
		await expect(updated).toBeVisible();
		await expect(updated.getByRole('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
		await expect(page.getByText('Kept by Day One editors')).toBeVisible();
		await expect(page.getByText(/Next review/)).toBeVisible();
		await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
			'href',
			/\/edit\/main\/content\/essays\/process-as-a-proxy\.mdx$/,
		);
	});

	test("a page's sources are listed at the end, each linking to its source page", async ({
		page,
	}) => {
		await page.goto(ESSAY);
		const sources = page.getByRole('region', { name: 'Sources' });
		const links = sources.getByRole('link');
		await expect(links).not.toHaveCount(0);
		for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))) {
			expect(href).toMatch(/^\/sources\/[a-z0-9-]+\/$/);
		}
	});

	test('glossary terms used on a page link to their definitions', async ({ page }) => {
		await page.goto(ESSAY);
		const terms = page.getByRole('region', { name: 'Terms on this page' });
		const proxy = terms.getByRole('link', { name: 'Proxy', exact: true });
		await expect(proxy).toHaveAttribute('href', '/glossary/#proxy');
		await proxy.click();
		await expect(page).toHaveURL(/\/glossary\/#proxy$/);
		const definition = page.getByRole('heading', { name: 'Proxy', exact: true });
		await expect(definition).toHaveAttribute('id', 'proxy');
		await expect(definition).toBeInViewport();
	});
});

test.describe('principle hubs and source pages', () => {
	test('a principle lists the case studies that illustrate it and the essays that discuss it', async ({
		page,
	}) => {
		await page.goto(PRINCIPLE);
		const illustrated = page.getByRole('region', { name: 'Illustrated by' });
		await expect(illustrated.getByRole('link', { name: /Prime/ })).toBeVisible();
		const discussed = page.getByRole('region', { name: 'Discussed in' });
		await expect.poll(() => discussed.getByRole('link').count()).toBeGreaterThan(2);
	});

	test('a source page lists every page that cites it', async ({ page }) => {
		await page.goto('/sources/letter-2012/');
		await expect(page.getByRole('heading', { name: 'Pages that cite it' })).toBeVisible();
		await expect(
			page.getByRole('link', { name: 'Monthly author royalties: a fix no competitor forced' }),
		).toBeVisible();
	});
});

test.describe('glossary', () => {
	test('every term has an anchor of its own', async ({ page }) => {
		await page.goto('/glossary/#day-2');
		const heading = page.getByRole('heading', { name: 'Day 2', exact: true });
		await expect(heading).toHaveAttribute('id', 'day-2');
		await expect(heading).toBeInViewport();
	});
});

test.describe('look and feel', () => {
	test('the dark theme follows the system, and the reader can switch and keep a choice', async ({
		page,
	}) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(ESSAY);
		const background = () =>
			page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		const dark = await background();
		// The switch names what it does: on a dark page it offers the light theme.
		await page.getByRole('button', { name: 'Switch to light theme' }).click();
		await expect(page.getByRole('button', { name: 'Switch to dark theme' })).toBeVisible();
		expect(await background()).not.toBe(dark);
		await page.reload();
		await expect(page.getByRole('button', { name: 'Switch to dark theme' })).toBeVisible();
		expect(await background()).not.toBe(dark);
	});

	test('print leaves out navigation and keeps the text', async ({ page }) => {
		await page.goto(ESSAY);
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('banner')).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Essays in this section' })).toBeHidden();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	});

	test('focus is visible: a focused link gets an outline', async ({ page }) => {
		await page.goto(ESSAY);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		const outline = await page.evaluate(() => {
			const style = getComputedStyle(document.activeElement!);
			return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
		});
		expect(outline.style).not.toBe('none');
		expect(outline.width).toBeGreaterThanOrEqual(2);
	});

	test('type is readable: body text of at least 16 px with generous line height', async ({
		page,
	}) => {
		await page.goto(ESSAY);
		const text = await page
			.getByRole('main')
			.getByRole('paragraph')
			.filter({ hasText: 'In your first weeks you will learn a lot of process' })
			.evaluate((element) => {
				const style = getComputedStyle(element);
				return { size: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight) };
			});
		expect(text.size).toBeGreaterThanOrEqual(16);
		expect(text.lineHeight / text.size).toBeGreaterThanOrEqual(1.5);
	});

	test('pages do not shift as they load (cumulative layout shift under 0.01)', async ({ page }) => {
		// One observer for every page: an init script added per address would run on each later
		// page too, and count its shifts once per address visited before.
		await page.addInitScript(() => {
			(window as unknown as { __shift: number }).__shift = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as Array<
					PerformanceEntry & { value: number; hadRecentInput: boolean }
				>) {
					if (!entry.hadRecentInput)
						(window as unknown as { __shift: number }).__shift += entry.value;
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		for (const url of ['/', PRINCIPLE, ESSAY, '/paths/first-week/', '/search/?q=prime']) {
			await page.goto(url, { waitUntil: 'networkidle' });
			const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
			expect(shift, url).toBeLessThan(0.01);
		}
	});

	test('the skip link moves focus to the main content', async ({ page }) => {
		await page.goto(ESSAY);
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to content' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#main$/);
	});
});

test.describe('feeds and the sitemap', () => {
	test('the RSS feed lists essays and case studies', async ({ request }) => {
		const feed = await (await request.get('/rss.xml')).text();
		expect(feed).toContain('<title>Process as a proxy');
		expect(feed).toMatch(/<link>https?:\/\/[^<]+\/case-studies\/amazon-prime\/<\/link>/);
	});

	test('the sitemap is published', async ({ request }) => {
		const index = await request.get('/sitemap-index.xml');
		expect(index.status()).toBe(200);
		expect(await (await request.get('/sitemap-0.xml')).text()).toContain(
			'/principles/customer-obsession/',
		);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a principle page reads in full, with its navigation', async ({ page }) => {
		await page.goto(PRINCIPLE);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer obsession');
		await expect(page.getByRole('navigation', { name: 'On this page' })).toBeAttached();
		await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible();
		await expect(page.getByRole('button', { name: /^Switch to (dark|light) theme$/ })).toBeHidden();
	});

	test('a path is a plain ordered list of links', async ({ page }) => {
		const steps = pathSteps('thirty-minute-introduction');
		await page.goto('/paths/thirty-minute-introduction/');
		await expectSteps(page, steps);
		for (const step of steps) {
			await expect(
				stepList(page, steps).getByRole('link', { name: step.title, exact: true }),
			).toBeVisible();
		}
		await expect(page.getByRole('checkbox')).toHaveCount(0);
	});

	test('the header search link still reaches the search page', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('button', { name: /Search Ctrl K/ })).toBeHidden();
		await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
		await expect(page).toHaveURL(/\/search\/$/);
		await expect(page.getByText('Search runs in your browser and needs JavaScript.')).toBeVisible();
	});
});
