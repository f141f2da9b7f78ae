import { expect, test } from '@playwright/test';

const ESSAY = '/essays/two-way-doors-and-disagree-and-commit/';

test.describe('glossary terms in the text', () => {
	test('a term in the text is a link the keyboard reaches, and Enter opens its definition', async ({
		page,
	}) => {
		await page.goto(ESSAY);
		const term = page.getByRole('main').getByRole('link', { name: 'two-way doors', exact: true });
		await expect(term).toHaveAttribute('data-term', 'two-way-door');
		// Tab through the page as a keyboard user does, until the term has focus.
		for (let presses = 0; presses < 150; presses++) {
			if (await term.evaluate((link) => link === document.activeElement)) break;
			await page.keyboard.press('Tab');
		}
		await expect(term).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/glossary\/#two-way-door$/);
		const definition = page.getByRole('heading', { name: 'Two-way door', exact: true });
		await expect(definition).toHaveAttribute('id', 'two-way-door');
		await expect(definition).toBeInViewport();
	});

	test('a term link is plainly a link, in the color and weight of the links beside it', async ({
		page,
	}) => {
		await page.goto(ESSAY);
		const main = page.getByRole('main');
		const style = (name: string) =>
			main.getByRole('link', { name, exact: true }).evaluate((link) => {
				const computed = getComputedStyle(link);
				return {
					color: computed.color,
					weight: computed.fontWeight,
					size: computed.fontSize,
					line: computed.textDecorationLine,
					style: computed.textDecorationStyle,
				};
			});
		const term = await style('two-way doors');
		const other = await style('Two kinds of decisions');
		expect(term.line).toBe('underline');
		expect(term.style).toBe('dotted');
		expect({ ...term, style: undefined }).toEqual({ ...other, style: undefined });
	});
});
