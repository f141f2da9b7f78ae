// The impure edge shared by `npm test` and `npm run test:content`: runs each step in turn, reads
// each runner's JSON report and ends with the one line CI reads, `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { countPlaywright, countVitest, summaryLine } from './testSummary.ts';

function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return undefined;
	}
}

/**
 * A run of checks named `title` ("npm test"), with `extraEnv` added to every step's environment.
 * @param {string} title
 * @param {Record<string, string>} [extraEnv]
 */
export function testRun(title, extraEnv = {}) {
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extraEnv };
	const started = performance.now();
	/** @type {import('./testSummary.ts').RunnerResult[]} */
	const results = [];
	mkdirSync('test-results', { recursive: true });

	function run(label, command, args, stepEnv = {}) {
		console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
		const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...stepEnv } });
		return status === 0;
	}

	/** A runner whose JSON report says how many tests it ran. */
	function runner(name, command, args, reportPath, count, stepEnv) {
		rmSync(reportPath, { force: true });
		const ok = run(name, command, args, stepEnv);
		const report = readJson(reportPath);
		const counts = report ? count(report) : { passed: 0, failed: 0 };
		const broken = !report || (!ok && counts.failed === 0);
		results.push({ name, ...counts, broken });
	}

	return {
		/** A step that is one check in itself: it passes or fails as a whole. */
		step(name, command, args) {
			const ok = run(name, command, args);
			results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
			return ok;
		},
		/** One Vitest project (vitest.config.ts), with its own JSON report; `files` narrow it. */
		vitest(name, project, files = []) {
			const report = `test-results/vitest-${project}.json`;
			const args = ['run', `--project=${project}`, '--reporter=default', '--reporter=json'];
			runner(name, 'vitest', [...args, `--outputFile=${report}`, ...files], report, countVitest);
		},
		/** Playwright, with its JSON report (playwright.config.ts); `args` narrow it. */
		playwright(name, args = [], stepEnv = {}) {
			runner(
				name,
				'playwright',
				['test', ...args],
				'test-results/playwright.json',
				countPlaywright,
				stepEnv,
			);
		},
		/** Counts a part that could not run because an earlier step failed. */
		notRun(name) {
			results.push({ name, passed: 0, failed: 0, broken: true });
		},
		/** Prints each part's counts, the run's duration and the closing line, and exits. */
		finish() {
			console.log('\n=== summary');
			for (const result of results) {
				console.log(
					`  ${result.name}: ${result.passed} passed, ${result.failed} failed${result.broken ? ' (did not complete)' : ''}`,
				);
			}
			console.log(`  ${title} took ${Math.round((performance.now() - started) / 1000)} s`);
			const line = summaryLine(results);
			console.log(line);
			process.exit(line.endsWith(' 0 failed') ? 0 : 1);
		},
	};
}
