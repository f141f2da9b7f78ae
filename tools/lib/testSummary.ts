/** What one test runner reported. */
export interface RunnerResult {
	/** The runner's name, such as "vitest" or "playwright". */
	name: string;
	passed: number;
	failed: number;
	/** Set when the runner could not run at all (its report counts as one failure). */
	broken?: boolean;
}

/** Counts of every runner added up. A runner that could not run counts as one failed test. */
export function sumResults(results: RunnerResult[]): { passed: number; failed: number } {
	let passed = 0;
	let failed = 0;
	for (const result of results) {
		passed += result.passed;
		failed += result.failed + (result.broken && result.failed === 0 ? 1 : 0);
	}
	return { passed, failed };
}

/** The closing line CI reads: `N passed, N failed`, alone on its line. */
export function summaryLine(results: RunnerResult[]): string {
	const { passed, failed } = sumResults(results);
	return `${passed} passed, ${failed} failed`;
}

/** Passed and failed counts from a Vitest JSON report (`--reporter=json`). */
export function countVitest(report: { numPassedTests?: number; numFailedTests?: number }): {
	passed: number;
	failed: number;
} {
	return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
}

/**
 * Passed and failed counts from a Playwright JSON report. A flaky test (failed, then passed on
 * its one CI retry) counts as passed, and Playwright's own summary names it flaky; a skipped test
 * counts as neither (the suite has none: a before-stop check refuses .skip and .only).
 */
export function countPlaywright(report: {
	stats?: { expected?: number; unexpected?: number; flaky?: number };
}): {
	passed: number;
	failed: number;
} {
	const stats = report.stats ?? {};
	return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0 };
}
