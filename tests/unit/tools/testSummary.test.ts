import { expect, test } from 'vitest';
import { countPlaywright, countVitest, summaryLine } from '../../../tools/lib/testSummary.ts';

test('the closing line adds up every runner', () => {
	expect(
		summaryLine([
			{ name: 'type check', passed: 1, failed: 0 },
			{ name: 'vitest', passed: 20, failed: 1 },
			{ name: 'playwright', passed: 12, failed: 2 },
		]),
	).toBe('33 passed, 3 failed');
});

test('a runner that could not run counts as one failure', () => {
	expect(summaryLine([{ name: 'playwright', passed: 0, failed: 0, broken: true }])).toBe(
		'0 passed, 1 failed',
	);
});

test('a broken runner that already reported failures is not counted twice', () => {
	expect(summaryLine([{ name: 'vitest', passed: 3, failed: 2, broken: true }])).toBe(
		'3 passed, 2 failed',
	);
});

test('Vitest and Playwright reports are read for passed and failed tests', () => {
	expect(countVitest({ numPassedTests: 7, numFailedTests: 1 })).toEqual({ passed: 7, failed: 1 });
	expect(countPlaywright({ stats: { expected: 9, unexpected: 2, flaky: 1 } })).toEqual({
		passed: 10,
		failed: 2,
	});
	expect(countPlaywright({})).toEqual({ passed: 0, failed: 0 });
});

test('both Vitest runs, before and after the build, add up with Playwright', () => {
	expect(
		summaryLine([
			{ name: 'unit and build tests', ...countVitest({ numPassedTests: 197, numFailedTests: 0 }) },
			{ name: 'site build', passed: 1, failed: 0 },
			{ name: 'site tests', ...countVitest({ numPassedTests: 49, numFailedTests: 1 }) },
			{ name: 'end-to-end tests', ...countPlaywright({ stats: { expected: 170, unexpected: 0 } }) },
		]),
	).toBe('417 passed, 1 failed');
});

test('when the build fails, the site tests and the browser tests each count as one failure', () => {
	expect(
		summaryLine([
			{ name: 'site build', passed: 0, failed: 1 },
			{ name: 'site tests', passed: 0, failed: 0, broken: true },
			{ name: 'end-to-end tests', passed: 0, failed: 0, broken: true },
		]),
	).toBe('0 passed, 3 failed');
});
