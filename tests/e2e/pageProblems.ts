import type { Page } from '@playwright/test';

/**
 * Collects the console errors, uncaught errors and Content-Security-Policy violations a page reports
 * from now on. Call before the page loads: the violation listener is added by an init script.
 */
export async function watchProblems(page: Page): Promise<string[]> {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) =>
			console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
		);
	});
	return problems;
}
