// `npm run test:content`: the verdict an author of a content-only change waits for, in a fraction
// of `npm test`: the content guard and the build, the site tests (links, valid HTML, head meta,
// cards) and the every-page browser checks of the pages the change touches. Those pages come from
// the files named after `--`, or else from what git says changed since the branch left its base
// (CONTENT_BASE, else the pull request's base, else origin/main or main), untracked files included.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { changedPages } from './lib/changedPages.ts';
import { testRun } from './lib/testRun.mjs';

function git(...args) {
	const { status, stdout } = spawnSync('git', args, { encoding: 'utf8' });
	return status === 0 ? stdout.trim() : undefined;
}

function changedFiles() {
	const bases = [
		process.env.CONTENT_BASE,
		process.env.GITHUB_BASE_REF && `origin/${process.env.GITHUB_BASE_REF}`,
		'origin/main',
		'main',
	].filter((base) => base && !/^0+$/.test(base));
	const base = bases.find((ref) => git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`));
	const since = (base && git('merge-base', base, 'HEAD')) ?? 'HEAD';
	console.log(`Changed since ${base ?? 'the last commit'} (${since.slice(0, 12)}):`);
	const lines = [
		git('diff', '--name-only', '--diff-filter=d', since),
		git('ls-files', '--others', '--exclude-standard'),
	];
	return lines.flatMap((out) => (out ? out.split('\n') : [])).filter(Boolean);
}

const named = process.argv.slice(2);
const files = named.length ? named : changedFiles();
const contentRoot = process.env.DAY_ONE_CONTENT ?? 'content';
const { pages, other } = changedPages(files, contentRoot);
for (const file of files) console.log(`  ${file}`);
if (!files.length) console.log('  nothing');
if (other.length) {
	console.log(
		`\n${other.length} changed file(s) are not content entries: this verdict does not cover them; npm test does.`,
	);
}

const tests = testRun('npm run test:content');
if (tests.step('content guard and build', 'astro', ['build'])) {
	tests.step('Java available', 'node', ['tools/ensure-java.mjs']);
	tests.vitest('site tests', 'site');
	// A changed draft has no page on the published site; a removed entry has none either.
	const built = pages.filter((page) => existsSync(`dist${page}index.html`));
	const unbuilt = pages.filter((page) => !built.includes(page));
	if (unbuilt.length)
		console.log(`\nNot on the published site, so not opened: ${unbuilt.join(' ')}`);
	if (!built.length) {
		console.log('\nNo built page changed: no browser check to run.');
	} else if (tests.step('browser available', 'node', ['tools/ensure-browser.mjs'])) {
		console.log(`\nBrowser checks of ${built.length} changed page(s): ${built.join(' ')}`);
		tests.playwright('changed pages in the browser', ['tests/e2e/every-page.spec.ts'], {
			E2E_PAGES: built.join(' '),
		});
	}
} else {
	console.log('\nThe build failed, so the site tests and the browser checks did not run.');
	tests.notRun('site tests');
	tests.notRun('changed pages in the browser');
}
tests.finish();
