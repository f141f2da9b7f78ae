import { expect, test } from '@playwright/test';
import { expectSteps, pathSteps, stepList } from './pathSteps.ts';

/** One page of each kind, with the heading a reader sees first. */
const PAGES = [
	{ kind: 'home', url: '/', heading: /Day One: a handbook of customer obsession/ },
	{ kind: 'principle', url: '/principles/customer-obsession/', heading: /customer obsession/i },
	{ kind: 'essay', url: '/essays/process-as-a-proxy/', heading: /process/i },
	{ kind: 'case study', url: '/case-studies/amazon-prime/', heading: /Prime/ },
	{ kind: 'source', url: '/sources/letter-2016/', heading: /2016/ },
	{ kind: 'glossary', url: '/glossary/', heading: /Glossary/ },
	{ kind: 'path', url: '/paths/thirty-minute-introduction/', heading: /./ },
	{ kind: 'section list', url: '/principles/', heading: /Principles/ },
	{ kind: 'search', url: '/search/', heading: /Search/ },
	{ kind: 'map', url: '/map/', heading: /Map of the principles/ },
	{ kind: 'timeline', url: '/timeline/', heading: /Timeline of the letters/ },
];

for (const { kind, url, heading } of PAGES) {
	test(`the ${kind} page renders with its heading and the site header`, async ({ page }) => {
		const response = await page.goto(url);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
	});
}

test('a principle page cites its sources, each linking to the source page', async ({ page }) => {
	await page.goto('/principles/customer-obsession/');
	const sources = page.getByRole('region', { name: 'Sources' });
	await expect(sources).toBeVisible();
	await sources.getByRole('link', { name: 'Amazon 2016 letter to shareholders' }).click();
	await expect(page).toHaveURL(/\/sources\/letter-2016\/$/);
	await expect(page.getByText('Pages that cite it')).toBeVisible();
});

test('a path lists its steps in order, each a link to the page to read', async ({ page }) => {
	const steps = pathSteps('thirty-minute-introduction');
	await page.goto('/paths/thirty-minute-introduction/');
	await expectSteps(page, steps);
	const [first] = steps;
	await stepList(page, steps).getByRole('link', { name: first!.title, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`${first!.href}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.title);
});

test('an unknown address gets the 404 page, with search and the sections', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
	await expect(page.getByRole('main').getByRole('link', { name: 'Case studies' })).toBeVisible();
});
