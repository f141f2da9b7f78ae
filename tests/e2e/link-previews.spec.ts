import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { watchProblems } from './pageProblems.ts';
import { frontMatter } from './pathSteps.ts';
import { NARROW_SCREEN } from './screens.ts';

const ESSAY = '/essays/process-as-a-proxy/';
/** A link in the essay's own text, and what its preview must say: the linked essay's front matter. */
const LINKED = frontMatter('essays/signs-of-day-two') as { title: string; description: string };
const PROSE_LINK = {
	name: 'signs of Day 2',
	kind: 'Essay',
	title: LINKED.title,
	summary: LINKED.description,
};
/** A glossary term from "Terms on this page", and its definition as its content file has it. */
const TERM = parse(readFileSync('content/glossary/proxy.yaml', 'utf8')) as {
	term: string;
	definition: string;
};
/** How long a preview waits before it shows or hides (src/reading/browser/previewTooltip.ts), and some. */
const PAST_ANY_DELAY_MS = 1_000;

function proseLink(page: Page): Locator {
	return page.getByRole('main').getByRole('link', { name: PROSE_LINK.name, exact: true });
}

function termLink(page: Page): Locator {
	return page
		.getByRole('region', { name: 'Terms on this page' })
		.getByRole('link', { name: TERM.term, exact: true });
}

/** Rests the pointer on `link` and returns its preview, once it shows. */
async function hoverPreview(page: Page, link: Locator): Promise<Locator> {
	await link.hover();
	const preview = page.getByRole('tooltip');
	await expect(preview).toBeVisible();
	return preview;
}

/** Keyboard focus on `link`, as Tab gives it: from the element before it. */
async function tabTo(page: Page, link: Locator): Promise<void> {
	await link.focus();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	await expect(link).toBeFocused();
}

/** The page's scripts, as Astro bundles them, the preview code among them. */
const SCRIPTS = '**/_astro/*.js';

/**
 * Holds the requests `url` matches until the returned function is called: a slow network, or a
 * reader faster than the page.
 */
async function hold(page: Page, url: string): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(url, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

test.describe('an entry page with JavaScript', () => {
	test.beforeEach(async ({ page }) => {
		// Timers under the test's control: "stays" and "goes" are then facts, not fixed waits.
		await page.clock.install();
		await page.goto(ESSAY);
	});

	test('resting the pointer on a link to a page shows its kind, title and summary', async ({
		page,
	}) => {
		const preview = await hoverPreview(page, proseLink(page));
		await expect(preview).toContainText(PROSE_LINK.kind);
		await expect(preview).toContainText(PROSE_LINK.title);
		await expect(preview).toContainText(PROSE_LINK.summary);
	});

	test('keyboard focus shows the preview and gives the link it as its description; Tab moves on and hides it', async ({
		page,
	}) => {
		const link = proseLink(page);
		await tabTo(page, link);
		await expect(page.getByRole('tooltip')).toBeVisible();
		await expect(link).toHaveAccessibleDescription(
			`${PROSE_LINK.kind} ${PROSE_LINK.title} ${PROSE_LINK.summary}`,
		);
		await page.keyboard.press('Tab');
		await expect(link).not.toBeFocused();
		await expect(page.getByRole('tooltip', { name: PROSE_LINK.title })).toHaveCount(0);
		await expect(page.getByText(PROSE_LINK.summary)).toHaveCount(0);
		await expect(link).toHaveAccessibleDescription('');
	});

	test('Escape dismisses the preview, which stays closed while the reader is on the link', async ({
		page,
	}) => {
		const link = proseLink(page);
		await tabTo(page, link);
		await expect(page.getByRole('tooltip')).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('tooltip')).toHaveCount(0);
		await expect(link).toBeFocused();
		await page.clock.runFor(PAST_ANY_DELAY_MS);
		await expect(page.getByRole('tooltip')).toHaveCount(0);
	});

	test('the pointer can move onto the preview without it vanishing, and it goes when the pointer leaves', async ({
		page,
	}) => {
		const preview = await hoverPreview(page, proseLink(page));
		const box = (await preview.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
		await page.clock.runFor(PAST_ANY_DELAY_MS);
		await expect(preview).toBeVisible();
		await page.mouse.move(box.x + box.width / 2, box.y + box.height + 200, { steps: 4 });
		await page.clock.runFor(PAST_ANY_DELAY_MS);
		await expect(preview).toHaveCount(0);
	});

	test('a preview stays while the pointer rests on its link', async ({ page }) => {
		await hoverPreview(page, proseLink(page));
		await page.clock.runFor(10 * PAST_ANY_DELAY_MS);
		await expect(page.getByRole('tooltip')).toBeVisible();
	});

	test("a glossary link shows the term's definition", async ({ page }) => {
		const preview = await hoverPreview(page, termLink(page));
		await expect(preview).toContainText(TERM.term);
		await expect(preview).toContainText(TERM.definition);
	});

	test('passing over a link on the way elsewhere shows nothing', async ({ page }) => {
		const box = (await proseLink(page).boundingBox())!;
		await page.mouse.move(box.x + 2, box.y + box.height / 2);
		await page.mouse.move(box.x + 2, box.y + box.height + 300, { steps: 4 });
		await page.clock.runFor(PAST_ANY_DELAY_MS);
		await expect(page.getByRole('tooltip')).toHaveCount(0);
	});

	test('a preview moves no text: no layout shift while previews open and close', async ({
		page,
	}) => {
		await page.evaluate(() => {
			(window as unknown as { __shift: number }).__shift = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>)
					(window as unknown as { __shift: number }).__shift += entry.value;
			}).observe({ type: 'layout-shift' });
		});
		// Where the text sits in the document, which scrolling to each link does not change.
		const textTop = () =>
			page
				.getByRole('main')
				.getByRole('heading', { level: 1 })
				.evaluate((heading) => heading.getBoundingClientRect().top + window.scrollY);
		const before = await textTop();
		for (const link of [proseLink(page), termLink(page), proseLink(page)]) {
			await hoverPreview(page, link);
		}
		await tabTo(page, termLink(page));
		await expect(page.getByRole('tooltip')).toContainText(TERM.definition);
		await page.keyboard.press('Escape');
		const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
		expect(shift).toBeLessThan(0.01);
		expect(await textTop()).toBe(before);
	});

	test('a preview keyboard focus opened stays when the page scrolls a link under a pointer that stays still', async ({
		page,
	}) => {
		const link = proseLink(page);
		await link.hover();
		const pointedAt = await page.evaluate(() => window.scrollY);
		// Tab scrolls the page to the term: the pointer, which does not move, is no longer on the link.
		await tabTo(page, termLink(page));
		await expect(page.getByRole('tooltip')).toContainText(TERM.definition);
		// Scrolled back, the link is under the pointer again, though the reader pointed at nothing.
		await page.evaluate((top) => window.scrollTo(0, top), pointedAt);
		await expect.poll(() => link.evaluate((element) => element.matches(':hover'))).toBe(true);
		await page.clock.runFor(PAST_ANY_DELAY_MS);
		await expect(page.getByRole('tooltip')).toContainText(TERM.definition);
		await expect(termLink(page)).toBeFocused();
	});

	test('a preview is not printed', async ({ page }) => {
		await hoverPreview(page, proseLink(page));
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('tooltip')).toBeHidden();
	});
});

test.describe('a reader faster than the page', () => {
	test('a link reached with the keyboard before the scripts ran shows its preview once they run', async ({
		page,
	}) => {
		const release = await hold(page, SCRIPTS);
		await page.goto(ESSAY, { waitUntil: 'commit' });
		const link = proseLink(page);
		await tabTo(page, link);
		await expect(page.getByRole('tooltip')).toHaveCount(0);
		release();
		await expect(page.getByRole('tooltip')).toContainText(PROSE_LINK.summary);
		await expect(link).toHaveAccessibleDescription(
			`${PROSE_LINK.kind} ${PROSE_LINK.title} ${PROSE_LINK.summary}`,
		);
	});

	test('focus that moves to another link while the preview code loads shows that link’s preview', async ({
		page,
	}) => {
		await page.goto(ESSAY);
		// The first keyboard focus of a link starts loading the preview code: it waits here.
		const release = await hold(page, SCRIPTS);
		await tabTo(page, termLink(page));
		await tabTo(page, proseLink(page));
		release();
		await expect(page.getByRole('tooltip')).toContainText(PROSE_LINK.summary);
		await expect(proseLink(page)).toHaveAccessibleDescription(
			`${PROSE_LINK.kind} ${PROSE_LINK.title} ${PROSE_LINK.summary}`,
		);
	});

	test('moving from link to link with Tab while the previews load shows the last one’s preview', async ({
		page,
	}) => {
		await page.goto(ESSAY);
		const release = await hold(page, '**/previews.json');
		const loading = page.waitForRequest('**/previews.json');
		await tabTo(page, termLink(page));
		await loading;
		await tabTo(page, proseLink(page));
		release();
		await expect(page.getByRole('tooltip')).toContainText(PROSE_LINK.summary);
		await expect(proseLink(page)).toHaveAccessibleDescription(
			`${PROSE_LINK.kind} ${PROSE_LINK.title} ${PROSE_LINK.summary}`,
		);
	});
});

test.describe('on a 320 px screen', () => {
	test.use({ viewport: NARROW_SCREEN });

	test('an open preview fits the screen, with no sideways scrolling', async ({ page }) => {
		await page.goto(ESSAY);
		const preview = await hoverPreview(page, termLink(page));
		const box = (await preview.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(320);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});

test('previews work under the Content-Security-Policy, with no console error', async ({ page }) => {
	const problems = await watchProblems(page);
	await page.goto(ESSAY);
	await proseLink(page).hover();
	await expect(page.getByRole('tooltip')).toContainText(PROSE_LINK.summary);
	await termLink(page).hover();
	await expect(page.getByRole('tooltip')).toContainText(TERM.definition);
	expect(problems).toEqual([]);
});

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

	test('a tap on a link shows no preview: the tap means "go there"', async ({ page }) => {
		await page.clock.install();
		await page.goto(ESSAY);
		// Keep the page after the tap, so a preview the tap asked for would have time to show.
		await page.evaluate(() =>
			document.addEventListener('click', (event) => event.preventDefault(), { once: true }),
		);
		await proseLink(page).tap();
		await expect(proseLink(page)).toBeFocused();
		await page.clock.runFor(PAST_ANY_DELAY_MS);
		await expect(page.getByRole('tooltip')).toHaveCount(0);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a link is a plain link, and no preview exists', async ({ page }) => {
		await page.goto(ESSAY);
		const link = proseLink(page);
		await link.hover();
		await link.focus();
		await expect(page.getByRole('tooltip')).toHaveCount(0);
		await expect(link).not.toHaveAttribute('aria-describedby');
		await expect(link).toHaveAttribute('href', '/essays/signs-of-day-two/');
	});
});
