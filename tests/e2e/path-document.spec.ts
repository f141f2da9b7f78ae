/**
 * A path as one document: reached from the path page, every step in order with its title, a
 * contents list whose links reach each step, no site furniture, and a PDF, printed by Chromium,
 * that holds every step's title, each step on a page of its own.
 */
import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { pathSteps } from './pathSteps.ts';

const ID = 'first-week';
const PRINT = `/paths/${ID}/print/`;
const steps = pathSteps(ID);

/** Text as a PDF or a page gives it, with every run of spaces and line breaks made one space. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

test('the path page links its print version', async ({ page }) => {
	await page.goto(`/paths/${ID}/`);
	await page.getByRole('link', { name: 'Print or save as PDF' }).click();
	await expect(page).toHaveURL(new RegExp(`${PRINT}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your first week');
});

test('the print version has every step in order, and no site header, footer or search', async ({
	page,
}) => {
	await page.goto(PRINT);
	await expect(page.getByRole('heading', { level: 2 })).toHaveText([
		'Contents',
		...steps.map((step) => step.title),
		'Answers to the checks',
	]);
	await expect(page.getByRole('banner')).toHaveCount(0);
	await expect(page.getByRole('contentinfo')).toHaveCount(0);
	await expect(page.getByRole('search')).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Skip to content' })).toHaveCount(0);
});

test('each link in the contents reaches its step', async ({ page }) => {
	await page.goto(PRINT);
	const contents = page.getByRole('navigation', { name: 'Contents' });
	for (const step of steps) {
		await contents.getByRole('link', { name: step.title, exact: true }).click();
		await expect(page.getByRole('heading', { level: 2, name: step.title })).toBeInViewport();
	}
});

test('the checks are printed with their answers after the steps', async ({ page }) => {
	await page.goto(PRINT);
	const answers = page.getByRole('region', { name: 'Answers to the checks' });
	await expect(answers.getByText(/^The right answer is [A-D], /).first()).toBeVisible();
});

test('printed to PDF by Chromium, it holds every step title, each step starting a page', async ({
	page,
}) => {
	await page.goto(PRINT);
	const pdf = await page.pdf({ format: 'A4' });
	const document = await getDocumentProxy(new Uint8Array(pdf));
	const { text: pages } = await extractText(document, { mergePages: false });
	const all = flat(pages.join(' '));
	for (const step of steps) expect(all).toContain(flat(step.title));
	// break-before: page puts each step's first line at the top of a page of its own.
	steps.forEach((_, index) => {
		const start = `Step ${index + 1} of ${steps.length}`.toUpperCase();
		expect(
			pages.some((text) => flat(text).toUpperCase().startsWith(start)),
			`a page starts with "${start}"`,
		).toBe(true);
	});
});
