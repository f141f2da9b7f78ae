import { expect, test, type Page } from '@playwright/test';

// The examples of issue #13, each as a reader meets it on the search page: no false matches,
// corrections with judgment, questions, glossary terms as results, synonyms, and results that
// read well. Elements are found by role or test id.

const main = (page: Page) => page.getByRole('main');
const status = (page: Page) => main(page).getByRole('status');
const titles = (page: Page) => main(page).getByTestId('result-title');
const notes = (page: Page) => main(page).getByTestId('search-notes');

/** Searches on the search page and waits for the final status line (it ends with a full stop). */
async function search(page: Page, query: string, extra = '') {
	await page.goto(`/search/?q=${encodeURIComponent(query)}${extra}`);
	await expect(status(page)).toHaveText(/\.$/);
}

/** Result addresses in rank order, without the highlight query. */
async function resultPaths(page: Page): Promise<string[]> {
	const hrefs = await titles(page).evaluateAll((links) =>
		links.map((link) => link.getAttribute('href') ?? ''),
	);
	return hrefs.map((href) => href.replace(/\?[^#]*/, ''));
}

/** The text of every marked (matched) word in the results. */
const markedWords = (page: Page) => main(page).getByTestId('result-match').allTextContents();

test.describe('no false matches', () => {
	test('a 2,000-letter string matches nothing and offers the glossary and the paths', async ({
		page,
	}) => {
		await search(page, 'a'.repeat(2000));
		await expect(status(page)).toHaveText(/^No pages match “a+”\.$/);
		await expect(titles(page)).toHaveCount(0);
		// One block says where to go instead: the suggestions, not the notes as well.
		const help = main(page).getByRole('region', { name: 'Try a reading path or a glossary term' });
		await expect(help.getByRole('link', { name: 'glossary' })).toHaveAttribute(
			'href',
			'/glossary/',
		);
		await expect(help.getByRole('link', { name: 'reading path' })).toHaveAttribute(
			'href',
			'/paths/',
		);
		await expect(main(page).getByRole('link', { name: 'glossary', exact: true })).toHaveCount(1);
		await expect(notes(page)).not.toContainText('look the idea up');
	});

	test('"aws" lists only pages with "AWS", not "away", the AWS case study first', async ({
		page,
	}) => {
		await search(page, 'aws');
		expect((await resultPaths(page))[0]).toBe('/case-studies/amazon-web-services/');
		const marked = await markedWords(page);
		expect(marked.length).toBeGreaterThan(0);
		for (const word of marked) expect(word).toMatch(/^AWS\b/);
	});

	test('"alexa", which the handbook now covers, finds the Alexa case study first', async ({
		page,
	}) => {
		await search(page, 'alexa');
		expect((await resultPaths(page))[0]).toBe('/case-studies/alexa/');
		for (const word of await markedWords(page)) expect(word).toMatch(/^Alexa/);
	});

	test('a word no page has is not matched through a shared stem or prefix', async ({ page }) => {
		// Pagefind stems "severance" like "several", and falls back from "alexandria" to "alexa".
		for (const query of ['severance', 'alexandria']) {
			await search(page, query);
			await expect(status(page)).toHaveText(`No pages match “${query}”.`);
			await expect(titles(page)).toHaveCount(0);
		}
	});

	test('the closest words the handbook uses are offered as searches', async ({ page }) => {
		await search(page, 'severance');
		const offered = notes(page).getByRole('link', { name: 'several' });
		await expect(offered).toHaveAttribute('href', '/search/?q=several');
	});

	test('a word no page has, beside one that many have, is named and left out', async ({ page }) => {
		await search(page, 'royalties kubernetes');
		await expect(status(page)).toHaveText(
			/^No page has “kubernetes”\. \d+ pages match “royalties”\.$/,
		);
		expect((await resultPaths(page))[0]).toBe('/case-studies/monthly-author-royalties/');
	});

	test('pasted code, mostly words no page has, matches nothing', async ({ page }) => {
		await search(page, '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>');
		await expect(status(page)).toHaveText(/^No pages match “<img src=x/);
	});
});

test.describe('corrections with judgment', () => {
	test('"wow" is never turned into "how"', async ({ page }) => {
		await search(page, 'wow');
		await expect(status(page)).not.toHaveText(/Showing results for/);
		for (const word of await markedWords(page)) expect(word).toMatch(/wow/i);
	});

	test('a short typo is not corrected to a function word', async ({ page }) => {
		await search(page, 'hwo');
		await expect(status(page)).toHaveText('No pages match “hwo”.');
	});

	test('a corrected query says so and offers the query as typed', async ({ page }) => {
		await search(page, 'prmie');
		await expect(status(page)).toHaveText(/^Showing results for “prime”\. \d+ pages match/);
		const asTyped = notes(page).getByTestId('search-as-typed');
		await expect(asTyped).toHaveText('prmie');
		await asTyped.click();
		await expect(page).toHaveURL(/\/search\/\?q=prmie&typed=1$/);
		await expect(status(page)).toHaveText('No pages match “prmie”.');
	});
});

test.describe('questions and long queries', () => {
	test('a question is searched for its meaningful words and ranked by how well pages match', async ({
		page,
	}) => {
		await search(page, 'how do I make decisions faster');
		await expect(status(page)).toHaveText(
			/^\d+ pages have words of your question \(“make decisions faster”\), the best matches first\.$/,
		);
		expect((await resultPaths(page)).slice(0, 3)).toContain('/principles/high-velocity-decisions/');
	});

	test('when no page has every word, pages with the most of them come first, and it says so', async ({
		page,
	}) => {
		await search(page, 'zappos alexa');
		await expect(status(page)).toHaveText(
			/^No page has all of your words: \d+ pages have some of them, those with the most first\.$/,
		);
		const top = (await resultPaths(page)).slice(0, 2).sort();
		expect(top).toEqual(['/case-studies/alexa/', '/case-studies/zappos/']);
	});
});

test.describe('glossary terms as results of their own', () => {
	for (const query of ['type 1 decisions', 'irreversible']) {
		test(`"${query}" gives the term "One-way door" first, with its definition`, async ({
			page,
		}) => {
			await search(page, query);
			expect((await resultPaths(page))[0]).toBe('/glossary/#one-way-door');
			const first = main(page).getByTestId('search-results').getByRole('listitem').first();
			await expect(first.getByTestId('result-title')).toHaveText('One-way door');
			await expect(first.getByTestId('result-kind')).toHaveText('Glossary term');
			await expect(first.locator('.excerpt')).toContainText('Type 1 decision');
		});
	}

	for (const query of ['earn trust', 'escalate', 'focus groups', 'KPIs']) {
		test(`"${query}" does not give the glossary page as a whole`, async ({ page }) => {
			await search(page, query);
			const paths = await resultPaths(page);
			expect(paths.length).toBeGreaterThan(0);
			expect(paths).not.toContain('/glossary/');
		});
	}

	test('"glossary" still finds the glossary page', async ({ page }) => {
		await search(page, 'glossary');
		expect((await resultPaths(page))[0]).toBe('/glossary/');
	});

	test('a term result leads to its definition on the glossary page', async ({ page }) => {
		await search(page, 'escalate');
		await titles(page).first().click();
		await expect(page).toHaveURL(/\/glossary\/\?highlight=escalate#escalating-misalignment$/);
		await expect(page.getByRole('heading', { name: 'Escalating misalignment' })).toBeInViewport();
	});

	test('the kind filter can keep glossary terms only', async ({ page }) => {
		await search(page, 'decision', '&type=Glossary+term');
		const paths = await resultPaths(page);
		expect(paths.length).toBeGreaterThan(1);
		for (const path of paths) expect(path).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
	});
});

test.describe('synonyms readers type', () => {
	test('"ml" finds machine learning, and says which term it searched', async ({ page }) => {
		await search(page, 'ml');
		await expect(status(page)).toHaveText(/^“ml” is also searched as “external trends”\./);
		expect((await resultPaths(page)).slice(0, 3)).toContain(
			'/case-studies/machine-learning-as-an-external-trend/',
		);
	});

	test('"subscription" finds Prime', async ({ page }) => {
		await search(page, 'subscription');
		await expect(status(page)).toHaveText(/“subscription” is also searched as “prime”/);
		expect((await resultPaths(page)).slice(0, 3)).toContain('/case-studies/amazon-prime/');
	});
});

test.describe('results read well', () => {
	test('no excerpt starts with its own title, and every result shows its kind', async ({
		page,
	}) => {
		await search(page, 'prime');
		const items = main(page).getByTestId('search-results').locator(':scope > li');
		const count = await items.count();
		expect(count).toBeGreaterThan(5);
		for (let i = 0; i < count; i++) {
			const item = items.nth(i);
			const title = (await item.getByTestId('result-title').textContent())!.trim();
			const excerpt = (await item.locator(':scope > .excerpt').textContent())!.trim();
			expect(excerpt.toLowerCase().startsWith(title.toLowerCase()), `${title}: ${excerpt}`).toBe(
				false,
			);
			await expect(item.getByTestId('result-kind')).not.toBeEmpty();
		}
	});

	test('a page filed under principles shows them', async ({ page }) => {
		await search(page, 'royalties');
		const first = main(page).getByTestId('search-results').locator(':scope > li').first();
		await expect(first.getByTestId('result-principles')).toContainText('Customer obsession');
	});
});

test('the search page shows ten results at first and ten more on request, focus on the first new one', async ({
	page,
}) => {
	await search(page, 'customers');
	await expect(titles(page)).toHaveCount(10);
	const more = main(page).getByRole('button', { name: 'Show more results' });
	await more.click();
	await expect(titles(page)).toHaveCount(20);
	await expect(titles(page).nth(10)).toBeFocused();
	await main(page).getByRole('searchbox').fill('zappos');
	await expect(status(page)).toHaveText(/match “zappos”/);
	await expect(more).toBeHidden();
});
