// `npm test`: every check in order, one closing line that adds up every test any runner ran.
// Order matters: the type check and unit tests are fast and fail first; the site tests (Vitest
// over dist/ on disk) and the browser tests need a fresh build, because a failed build leaves the
// old dist/ for them to read (docs/stack-traps.md, trap 4).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { countPlaywright, countVitest, summaryLine } from './lib/testSummary.ts';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const started = performance.now();
/** @type {import('./lib/testSummary.ts').RunnerResult[]} */
const results = [];

function run(label, command, args) {
	console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
	const { status } = spawnSync(command, args, { stdio: 'inherit', env });
	return status === 0;
}

function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return undefined;
	}
}

/** A step that is one check in itself: it passes or fails as a whole. */
function step(name, command, args) {
	const ok = run(name, command, args);
	results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
	return ok;
}

/** A runner whose JSON report says how many tests it ran. */
function runner(name, command, args, reportPath, count) {
	rmSync(reportPath, { force: true });
	const ok = run(name, command, args);
	const report = readJson(reportPath);
	const counts = report ? count(report) : { passed: 0, failed: 0 };
	const broken = !report || (!ok && counts.failed === 0);
	results.push({ name, ...counts, broken });
}

/** One Vitest project (vitest.config.ts), with its own JSON report. */
function vitestProject(name, project) {
	const report = `test-results/vitest-${project}.json`;
	const args = ['run', `--project=${project}`, '--reporter=default', '--reporter=json'];
	runner(name, 'vitest', [...args, `--outputFile=${report}`], report, countVitest);
}

mkdirSync('test-results', { recursive: true });
step('formatting', 'prettier', ['--check', '.']);
step('type check', 'astro', ['check']);
vitestProject('unit tests', 'unit');
vitestProject('build tests', 'build');
const built = step('site build', 'astro', ['build']);
if (built) {
	// The W3C HTML checker among the site tests runs on Java; without one they fail saying so.
	step('Java available', 'node', ['tools/ensure-java.mjs']);
	vitestProject('site tests', 'site');
	const browser = step('browser available', 'node', ['tools/ensure-browser.mjs']);
	if (browser) {
		runner(
			'end-to-end tests',
			'playwright',
			['test'],
			'test-results/playwright.json',
			countPlaywright,
		);
	}
} else {
	console.log('\nThe build failed, so the site tests and the end-to-end tests did not run.');
	results.push({ name: 'site tests', passed: 0, failed: 0, broken: true });
	results.push({ name: 'end-to-end tests', passed: 0, failed: 0, broken: true });
}

console.log('\n=== summary');
for (const result of results) {
	console.log(
		`  ${result.name}: ${result.passed} passed, ${result.failed} failed${result.broken ? ' (did not complete)' : ''}`,
	);
}
console.log(`  npm test took ${Math.round((performance.now() - started) / 1000)} s`);
const line = summaryLine(results);
console.log(line);
process.exit(line.endsWith(' 0 failed') ? 0 : 1);
