// Every built page is checked at 320 px in every-page.spec.ts; this adds the search page with
// results, which a reader reaches only by searching.
import { expect, test } from '@playwright/test';
import { overflowOf } from './overflow.ts';
import { NARROW_SCREEN, NARROWEST } from './screens.ts';

test.describe(`a ${NARROWEST} px wide screen`, () => {
	test.use({ viewport: NARROW_SCREEN });

	test('search results fit without sideways scrolling', async ({ page }) => {
		await page.goto('/search/?q=prime');
		await expect(
			page
				.getByRole('main')
				.getByRole('link', { name: 'Amazon Prime: the program nobody asked for', exact: true }),
		).toBeVisible();
		expect(await overflowOf(page)).toBeUndefined();
	});
});
