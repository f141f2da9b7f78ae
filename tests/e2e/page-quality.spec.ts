// Every page loads with no console error and no CSP violation: every-page.spec.ts.
import { expect, test } from '@playwright/test';
import { load } from 'cheerio';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { watchProblems } from './pageProblems.ts';

test('searching works under the Content-Security-Policy, with no violation', async ({ page }) => {
	const problems = await watchProblems(page);
	const response = await page.goto('/essays/tough-love/');
	// The policy is a <meta> in the head, which no reader sees: read it from the page as served.
	const policy = load(await response!.text())('meta[http-equiv="content-security-policy"]').attr(
		'content',
	);
	expect(policy).toContain("'wasm-unsafe-eval'");
	expect(policy).not.toContain("'unsafe-inline'");
	await page.keyboard.press('Control+k');
	await page.getByRole('dialog').getByRole('searchbox').fill('royalties');
	await expect(
		page.getByRole('dialog').getByRole('link', {
			name: 'Monthly author royalties: a fix no competitor forced',
			exact: true,
		}),
	).toBeVisible();
	expect(problems).toEqual([]);
});

test('an injected inline script is blocked by the policy', async ({ page }) => {
	const problems = await watchProblems(page);
	await page.goto('/');
	const ran = await page.evaluate(
		() =>
			new Promise<boolean>((resolve) => {
				const script = document.createElement('script');
				script.textContent = 'window.__injected = true';
				document.addEventListener(
					'securitypolicyviolation',
					() => resolve(Boolean((window as { __injected?: boolean }).__injected)),
					{ once: true },
				);
				document.body.append(script);
			}),
	);
	expect(ran).toBe(false);
	expect(problems.some((problem) => problem.includes('Content Security Policy'))).toBe(true);
});

/** Gzip size of a file the site serves, as a host would compress it. */
function gzipBytes(url: string): number {
	const path = new URL(url).pathname;
	const file = `dist${path.endsWith('/') ? `${path}index.html` : decodeURIComponent(path)}`;
	if (!statSync(file, { throwIfNoEntry: false })) return 0;
	return gzipSync(readFileSync(file)).length;
}

const READING_PAGES = [
	'/',
	'/principles/customer-obsession/',
	'/essays/process-as-a-proxy/',
	'/case-studies/amazon-prime/',
	'/paths/first-week/',
	'/glossary/',
	'/sources/letter-2016/',
	'/map/',
	'/timeline/',
];

test.describe('page weight before search is opened', () => {
	for (const path of READING_PAGES) {
		test(`${path} ships at most 8 KB of JavaScript and 120 KB in all (gzip), and no search index`, async ({
			page,
		}) => {
			const urls: string[] = [];
			page.on('requestfinished', (request) => urls.push(request.url()));
			await page.goto(path, { waitUntil: 'networkidle' });
			const own = urls.filter((url) => url.startsWith('http://127.0.0.1'));
			expect(own.filter((url) => /pagefind|search-data/.test(url))).toEqual([]);
			const js = own
				.filter((url) => url.endsWith('.js'))
				.reduce((sum, url) => sum + gzipBytes(url), 0);
			const total = own.reduce((sum, url) => sum + gzipBytes(url), 0);
			console.log(
				`${path}: ${(js / 1024).toFixed(1)} KB JS, ${(total / 1024).toFixed(1)} KB in all (gzip)`,
			);
			expect(js).toBeLessThanOrEqual(8 * 1024);
			expect(total).toBeLessThanOrEqual(120 * 1024);
		});
	}
});
