// `npm test`: every check in order, one closing line that adds up every test any runner ran.
// Order matters: the type check and unit tests are fast and fail first; the site tests (Vitest
// over dist/ on disk) and the browser tests need a fresh build, because a failed build leaves the
// old dist/ for them to read (docs/stack-traps.md, trap 4).
import { testRun } from './lib/testRun.mjs';

const tests = testRun('npm test');
tests.step('formatting', 'prettier', ['--check', '.']);
tests.step('type check', 'astro', ['check']);
tests.vitest('unit tests', 'unit');
tests.vitest('build tests', 'build');
if (tests.step('site build', 'astro', ['build'])) {
	// The W3C HTML checker among the site tests runs on Java; without one they fail saying so.
	tests.step('Java available', 'node', ['tools/ensure-java.mjs']);
	tests.vitest('site tests', 'site');
	if (tests.step('browser available', 'node', ['tools/ensure-browser.mjs'])) {
		tests.playwright('end-to-end tests');
	}
} else {
	console.log('\nThe build failed, so the site tests and the end-to-end tests did not run.');
	tests.notRun('site tests');
	tests.notRun('end-to-end tests');
}
tests.finish();
