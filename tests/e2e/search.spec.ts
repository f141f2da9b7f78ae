import { expect, test, type Locator, type Page } from '@playwright/test';

// Elements are found by role, label or test id, never by styling or position. Where a test is about
// ranking ("first"), it reads the result titles in the order the list gives them.

/** The search page's result titles (the dialog sits in the header, outside main). */
const results = (page: Page) => page.getByRole('main').getByTestId('result-title');
const status = (page: Page) => page.getByRole('main').getByRole('status');

/** The title of the best result, polled until results arrive. */
const firstTitle = (titles: Locator) =>
	expect.poll(async () => (await titles.allTextContents())[0] ?? '');

/** There is at least one, and every one is visible. */
async function expectShown(locator: Locator) {
	await expect(locator).not.toHaveCount(0);
	await expect(locator.filter({ visible: false })).toHaveCount(0);
}

test.describe('the search dialog', () => {
	test('nothing of search loads until the reader reaches for it', async ({ page }) => {
		const requested: string[] = [];
		page.on('request', (request) => requested.push(request.url()));
		await page.goto('/principles/customer-obsession/');
		await page.waitForLoadState('networkidle');
		expect(
			requested.filter((url) => /pagefind|search-data|siteSearch|showSearch/.test(url)),
		).toEqual([]);
	});

	test('hovering the search button starts loading search before it opens', async ({ page }) => {
		await page.goto('/principles/customer-obsession/');
		await page.waitForLoadState('networkidle');
		const loading = page.waitForRequest(/\/pagefind\/pagefind\.js$/);
		await page.getByRole('button', { name: /^Search/ }).hover();
		await loading;
		await expect(page.getByRole('dialog')).toBeHidden();
	});

	test('the header button opens it; results come as the reader types; Escape closes it and returns focus', async ({
		page,
	}) => {
		await page.goto('/essays/tough-love/');
		const open = page.getByRole('button', { name: /^Search/ });
		await open.click();
		const dialog = page.getByRole('dialog', { name: 'Search the handbook' });
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('searchbox')).toBeFocused();
		await dialog.getByRole('searchbox').fill('royalties');
		await expect(dialog.getByRole('link', { name: /Monthly author royalties/ })).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(open).toBeFocused();
	});

	test('Ctrl+K and / open it, and arrow keys move through the results', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('Control+k');
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		await page.keyboard.press('Escape');
		// A reader sees the dialog close before reaching for the next key.
		await expect(dialog).toBeHidden();
		await page.keyboard.press('/');
		await expect(dialog).toBeVisible();
		await page.keyboard.type('prime');
		await expect(dialog.getByRole('status')).toHaveText(/match “prime”/);
		const titles = dialog.getByTestId('result-title');
		await expectShown(titles);
		const [first, second] = await titles.allTextContents();
		expect(second).toBeDefined();
		await page.keyboard.press('ArrowDown');
		await expect(dialog.getByRole('link', { name: first, exact: true })).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(dialog.getByRole('link', { name: second, exact: true })).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(dialog.getByRole('searchbox')).toBeFocused();
	});

	test('the page behind the open dialog cannot take focus', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('Control+k');
		await page.getByRole('dialog').getByRole('searchbox').fill('prime');
		await expectShown(page.getByRole('dialog').getByTestId('result-title'));
		const outside: string[] = [];
		for (let i = 0; i < 15; i++) {
			await page.keyboard.press('Tab');
			const where = await page.evaluate(() => {
				const active = document.activeElement;
				return active && active !== document.body && !active.closest('dialog')
					? active.outerHTML.slice(0, 80)
					: '';
			});
			if (where) outside.push(where);
		}
		expect(outside).toEqual([]);
	});
});

test.describe('the search page', () => {
	test('?q=prime lists the Prime case study first, with a count and marked excerpts', async ({
		page,
	}) => {
		await page.goto('/search/?q=prime');
		await expect(status(page)).toHaveText(/\d+ pages? match “prime”/);
		await firstTitle(results(page)).toMatch(/Amazon Prime/);
		await expectShown(page.getByRole('main').getByTestId('result-match'));
		await expect(
			page.getByRole('main').getByRole('searchbox', { name: 'Search the handbook' }),
		).toHaveValue('prime');
	});

	test('results list matching sections of a page', async ({ page }) => {
		await page.goto('/search/?q=prime');
		const sections = page.getByRole('main').getByTestId('result-section');
		await expect(sections).not.toHaveCount(0);
		for (const href of await sections.evaluateAll((links) =>
			links.map((a) => a.getAttribute('href')),
		)) {
			expect(href).toMatch(/#[a-z0-9-]+$/);
		}
	});

	test('the URL follows the typing and the filters, so a search can be shared', async ({
		page,
	}) => {
		await page.goto('/search/');
		await page.getByRole('main').getByRole('searchbox').fill('customers');
		await expect(page).toHaveURL(/\?q=customers$/);
		await page.getByRole('checkbox', { name: 'Essay' }).check();
		await page.getByRole('checkbox', { name: 'High-velocity decision making' }).check();
		await expect(page).toHaveURL(
			/\?q=customers&type=Essay&principle=High-velocity\+decision\+making$/,
		);
		await expectShown(results(page));
		for (const href of await results(page).evaluateAll((links) =>
			links.map((a) => a.getAttribute('href')),
		)) {
			expect(href).toMatch(/^\/essays\//);
		}
		const shared = page.url();
		await page.goto(shared);
		await expect(page.getByRole('checkbox', { name: 'Essay' })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: 'Case study' })).not.toBeChecked();
	});

	test('a type filter keeps only that kind of page', async ({ page }) => {
		await page.goto('/search/?q=prime&type=Case+study');
		await expectShown(results(page));
		await expect(
			page.getByRole('main').getByTestId('result-kind').filter({ hasNotText: 'Case study' }),
		).toHaveCount(0);
	});

	test('a misspelt query is corrected and says so', async ({ page }) => {
		await page.goto('/search/?q=royalites');
		await expect(status(page)).toHaveText(/^Showing results for “royalties”\./);
		await firstTitle(results(page)).toMatch(/royalties/i);
	});

	test('a synonym finds the page that uses the canonical word', async ({ page }) => {
		await page.goto('/search/?q=KPI');
		await firstTitle(results(page)).toMatch(/proxies/i);
	});

	test('no results suggest reading paths and glossary terms', async ({ page }) => {
		await page.goto('/search/?q=zzzxqv');
		await expect(status(page)).toHaveText('No pages match “zzzxqv”.');
		await expect(
			page.getByRole('heading', { name: 'Try a reading path or a glossary term' }),
		).toBeVisible();
		await expect(page.getByRole('link', { name: 'A thirty-minute introduction' })).toBeVisible();
	});
});

test.describe('bad input gets a calm answer', () => {
	const cases = [
		{ name: 'empty', q: '', answer: /^$/ },
		{ name: 'spaces only', q: '    ', answer: /^$/ },
		{ name: 'punctuation only', q: '?!.,;:', answer: /^No pages match “\?!\.,;:”\.$/ },
		{ name: 'very long', q: 'customer '.repeat(300), answer: /pages? match/ },
		{ name: 'non-Latin', q: '顧客 至上 клиент', answer: /^No pages match “顧客 至上 клиент”\.$/ },
		{
			name: 'HTML and script',
			q: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>',
			answer: /^No pages match “<img src=x/,
		},
	];
	for (const { name, q, answer } of cases) {
		test(`${name} query`, async ({ page }) => {
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			await page.goto(`/search/?q=${encodeURIComponent(q)}`);
			await page.waitForLoadState('networkidle');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
			expect(
				await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
			).toBeUndefined();
			await expect(page.getByRole('main').getByRole('img', { includeHidden: true })).toHaveCount(0);
			expect(errors).toEqual([]);
			await page.waitForFunction(() => customElements.get('search-page') !== undefined);
			await expect(status(page)).toHaveText(answer);
			if (name === 'very long')
				expect(
					(await page.getByRole('main').getByRole('searchbox').inputValue()).length,
				).toBeLessThanOrEqual(200);
		});
	}
});

test('following a result marks the searched words on the page and scrolls to the first', async ({
	page,
}) => {
	await page.goto('/search/?q=royalties');
	await expect(status(page)).toHaveText(/match “royalties”/);
	const [best] = await results(page).allTextContents();
	await page.getByRole('main').getByRole('link', { name: best, exact: true }).click();
	await expect(page).toHaveURL(/\/case-studies\/monthly-author-royalties\/\?highlight=royalties/);
	const hits = page.getByTestId('search-hit');
	await expect(hits).not.toHaveCount(0);
	for (const text of await hits.allTextContents()) expect(text).toMatch(/royalt/i);
	// The first hit in the text is the one scrolled to.
	await expect
		.poll(() =>
			hits.evaluateAll(([first]) => {
				const box = first!.getBoundingClientRect();
				return box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
			}),
		)
		.toBe(true);
});

test('the search index is served with the site', async ({ request }) => {
	expect((await request.get('/pagefind/pagefind.js')).status()).toBe(200);
	const data = await (await request.get('/search-data.json')).json();
	expect(data.synonyms.kpi).toBe('proxy');
	expect(data.words.split(' ')).toContain('royalties');
	expect(data.vocabularyComplete).toBe(true);
});
