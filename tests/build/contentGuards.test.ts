/**
 * The content guard stops a real build with the message an author reads. Each kind of fault is
 * asserted through the guard's function in tests/unit/checks/contentGuardFixtures.test.ts; here a
 * few fixtures are built for real: a fault found before Astro reads the content, a wording fault
 * found on the guard's own thread once it has, and the annotations printed on GitHub.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFixture, startDevServer } from './buildFixture.ts';
import { readBuiltSite } from './readBuiltSite.ts';
import { brokenLinks } from '../../tools/lib/siteLinks.ts';
import { linkPreview } from '../../src/reading/linkPreview.ts';

const BUILD_TIMEOUT = 120_000;
const NO_STACK_TRACE = /Stack trace|\s+at .+\(.+:\d+:\d+\)/;

describe('content guards', () => {
	test(
		'the valid minimal content builds, with a search index',
		() => {
			const build = buildFixture('valid-minimal');
			expect(build.status, build.output).toBe(0);
			expect(existsSync(join(build.outDir, 'pagefind/pagefind.js'))).toBe(true);
			expect(build.output).toMatch(/Indexed \d+ pages and \d+ glossary terms for search/);
			const essay = readFileSync(join(build.outDir, 'essays/fixture-essay/index.html'), 'utf8');
			const text = essay.replace(/<[^>]+>/g, '');
			expect(essay).toMatch(
				/due for review on <time datetime="2020-01-31"[^>]*>January 31, 2020<\/time>/,
			);
			expect(text).toContain('It may be out of date; check its sources, or ask Fixture team.');
		},
		BUILD_TIMEOUT,
	);

	test(
		'an unknown principle stops the build before rendering, naming the file, the field and the known ids',
		() => {
			const build = buildFixture('unknown-principle', { GITHUB_ACTIONS: '' });
			expect(build.status).not.toBe(0);
			expect(build.output).toContain(
				`Content error in ${build.contentDir}/essays/fixture-essay.mdx`,
			);
			expect(build.output).toContain(
				'line 4, column 34: principles[1]: "day-two" is not a known entry of principles.',
			);
			expect(build.output).toContain('Expected one of: customer-obsession.');
			expect(build.output).toContain('1 content error found; the site was not built.');
			expect(build.output).not.toMatch(NO_STACK_TRACE);
			// Off GitHub, no annotation is printed.
			expect(build.output).not.toContain('::error');
		},
		BUILD_TIMEOUT,
	);

	test(
		'prose copied from a letter stops the build once its wording is checked, before rendering',
		() => {
			const build = buildFixture('copied-letter-run');
			expect(build.status).not.toBe(0);
			expect(build.output).toContain(
				`Content error in ${build.contentDir}/essays/fixture-essay.mdx`,
			);
			expect(build.output).toMatch(
				/line 13: “[^”]+” repeats 9 words in a row from the 2016 letter\./,
			);
			expect(build.output).not.toMatch(NO_STACK_TRACE);
			// The wording is checked on another thread, and the build waits for it before rendering.
			expect(build.output).not.toContain('generating static routes');
		},
		BUILD_TIMEOUT,
	);
});

describe('errors on the pull request', () => {
	test(
		'with GITHUB_ACTIONS=true each error is also an annotation on its line and column',
		() => {
			const build = buildFixture('broken-link', { GITHUB_ACTIONS: 'true' });
			expect(build.status).not.toBe(0);
			expect(build.output).toContain(
				`::error file=${build.contentDir}/essays/fixture-essay.mdx,line=14,col=60,title=Content error::the link /principles/day-two/ leads to no page.%0AFix: link to an existing page`,
			);
			expect(build.output).not.toMatch(NO_STACK_TRACE);
		},
		BUILD_TIMEOUT,
	);
});

describe('deploying under a sub-path', () => {
	test(
		'with BASE=/handbook/ every link, asset and the search index sit under it',
		() => {
			// A glossary term only this fixture has: the term links read the fixture's glossary.
			const term = [
				'term: Fixture essay',
				'definition: An essay that exists only so the fixture site has one.',
				'principles: [customer-obsession]',
				'sources: [letter-2016]',
			].join('\n');
			const build = buildFixture(
				'valid-minimal',
				{ BASE: '/handbook/', SKIP_SOCIAL_CARDS: '' },
				{ 'glossary/fixture-essay-term.yaml': term },
			);
			expect(build.status, build.output).toBe(0);
			const { pages, files } = readBuiltSite(build.outDir, '/handbook/');
			expect(brokenLinks(pages, files, '/handbook/')).toEqual([]);
			const essay = pages.find((page) => page.path === '/handbook/essays/fixture-essay/')!;
			expect(essay.html).toContain('href="/handbook/principles/customer-obsession/"');
			expect(essay.html).toContain(
				'<a href="/handbook/glossary/#fixture-essay-term" data-term="fixture-essay-term">fixture essay</a>',
			);
			expect(files.has('/handbook/pagefind/pagefind.js')).toBe(true);
			// A page's social card sits under the base, and its meta tag says so.
			expect(essay.html).toContain(
				'content="https://day-one.example/handbook/og/essays/fixture-essay.png"',
			);
			expect(files.has('/handbook/og/essays/fixture-essay.png')).toBe(true);
			const scripts = [...files].filter(
				(file) => file.endsWith('.js') && file.includes('/_astro/'),
			);
			const code = scripts
				.map((file) => readFileSync(join(build.outDir, file.replace('/handbook/', '')), 'utf8'))
				.join('');
			expect(code).toContain('/handbook/');
			// Link previews fetch their data under the base and match links to it there.
			expect(essay.html).toContain('data-src="/handbook/previews.json" data-root="/handbook/"');
			const previews = JSON.parse(readFileSync(join(build.outDir, 'previews.json'), 'utf8'));
			const here = `https://day-one.example${essay.path}`;
			expect(
				linkPreview(previews, '/handbook/principles/customer-obsession/', here, '/handbook/'),
			).toMatchObject({ kind: 'Principle' });
		},
		BUILD_TIMEOUT,
	);
});

describe('search in dev mode', () => {
	test(
		"npm run dev serves the last build's search index, and 404s where there is none",
		async () => {
			const build = buildFixture('valid-minimal');
			expect(build.status, build.output).toBe(0);
			const withIndex = await startDevServer(build.outDir, 4397);
			try {
				const response = await fetch(`${withIndex.url}/pagefind/pagefind.js`);
				expect(response.status).toBe(200);
				expect(response.headers.get('content-type')).toBe('text/javascript');
			} finally {
				withIndex.stop();
			}
			const withoutIndex = await startDevServer(join(build.outDir, 'no-build-here'), 4396);
			try {
				expect((await fetch(`${withoutIndex.url}/pagefind/pagefind.js`)).status).toBe(404);
			} finally {
				withoutIndex.stop();
			}
		},
		BUILD_TIMEOUT,
	);
});
