/**
 * Knowledge checks on a path page: answered with a click or the keyboard, right or wrong said at
 * once, kept with the path's progress, counted in "Copy my progress", and readable without
 * JavaScript. The checks are read from the path's content file, not written here again.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const ID = 'thirty-minute-introduction';
const PATH = `/paths/${ID}/`;

interface Check {
	question: string;
	options: Array<{ text: string; correct?: boolean; explanation: string }>;
}

const checks: Check[] = (
	parse(readFileSync(new URL(`../../content/paths/${ID}.yaml`, import.meta.url), 'utf8')) as {
		steps: Array<{ checks?: Check[] }>;
	}
).steps.flatMap((step) => step.checks ?? []);
const first = checks[0]!;
const right = first.options.find((option) => option.correct)!;
const wrong = first.options.find((option) => !option.correct)!;

/** The first check, found as a screen reader names it: a group named by its question. */
const firstCheck = (page: Page) => page.getByRole('group', { name: first.question });

/** What the first check's live line says once answered ("Right. …" or "Not quite. …"). */
const said = (page: Page) => firstCheck(page).getByText(/^(Right|Not quite)\. /);

test('the path has checks to test', () => {
	expect(checks.length).toBeGreaterThanOrEqual(4);
});

test('each check is a group named by its question, with a button per option', async ({ page }) => {
	await page.goto(PATH);
	const group = firstCheck(page);
	for (const option of first.options)
		await expect(group.getByRole('button', { name: option.text, exact: true })).toBeVisible();
});

test('a check answers from the keyboard and says at once that it is right, and why', async ({
	page,
}) => {
	await page.goto(PATH);
	const button = firstCheck(page).getByRole('button', { name: right.text, exact: true });
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(said(page)).toHaveText(`Right. ${right.explanation}`);
	await expect(said(page)).toHaveAttribute('aria-live', 'polite');
	// The chosen button says so in its name; the name changed, so find it again by its start.
	await expect(firstCheck(page).getByRole('button', { name: right.text })).toHaveAccessibleName(
		`${right.text} (your answer, right)`,
	);
});

test('a wrong answer is explained, with the right answer and its explanation', async ({ page }) => {
	await page.goto(PATH);
	await firstCheck(page).getByRole('button', { name: wrong.text, exact: true }).press('Space');
	await expect(said(page)).toHaveText(
		`Not quite. ${wrong.explanation} The right answer is “${right.text}”: ${right.explanation}`,
	);
	// The first answer counts: choosing again changes nothing.
	await firstCheck(page).getByRole('button', { name: right.text }).click({ force: true });
	await expect(said(page)).toHaveText(/^Not quite\./);
});

test('answers are kept across reloads, and "Start over" clears them', async ({ page }) => {
	await page.goto(PATH);
	await firstCheck(page).getByRole('button', { name: right.text, exact: true }).click();
	await page.reload();
	await expect(said(page)).toHaveText(`Right. ${right.explanation}`);
	await page.getByRole('button', { name: 'Start over' }).click();
	await expect(said(page)).toHaveCount(0);
	await page.reload();
	await expect(
		firstCheck(page).getByRole('button', { name: right.text, exact: true }),
	).toBeVisible();
});

test('progress saved before checks existed still reads, and checks are saved beside it', async ({
	page,
}) => {
	await page.addInitScript((key) => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem(key, JSON.stringify(['/principles/customer-obsession/']));
			sessionStorage.setItem('seeded', '1');
		}
	}, `dayone:path:${ID}`);
	await page.goto(PATH);
	await expect(page.getByRole('checkbox', { name: 'Step 1 done' })).toBeChecked();
	await firstCheck(page).getByRole('button', { name: right.text, exact: true }).click();
	await page.reload();
	await expect(page.getByRole('checkbox', { name: 'Step 1 done' })).toBeChecked();
	await expect(said(page)).toHaveText(/^Right\./);
});

test('"Copy my progress" counts the checks answered correctly', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(PATH);
	await firstCheck(page).getByRole('button', { name: right.text, exact: true }).click();
	const second = checks[1]!;
	await page
		.getByRole('group', { name: second.question })
		.getByRole('button', { name: second.options.find((o) => !o.correct)!.text, exact: true })
		.click();
	await page.getByRole('button', { name: 'Copy my progress' }).click();
	await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
	const text = await page.evaluate(() => navigator.clipboard.readText());
	const open = checks.length - 2;
	expect(text).toContain(
		`Checks: 1 of ${checks.length} answered correctly, ${open} not answered yet.`,
	);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('each check shows its answer and every explanation behind a disclosure', async ({
		page,
	}) => {
		await page.goto(PATH);
		const group = firstCheck(page);
		await expect(group.getByText(right.text, { exact: true })).toBeVisible();
		await expect(group.getByText(wrong.explanation)).toBeHidden();
		await group.getByText('Show the answer').click();
		await expect(group.getByText(`The right answer is`)).toContainText(right.text);
		for (const option of first.options)
			await expect(group.getByText(option.explanation)).toBeVisible();
	});
});
