/**
 * Each fixture breaks one thing an author might get wrong; the build must fail and say which
 * file, which field and what was expected. The valid fixture proves the same pipeline succeeds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFixture, startDevServer } from './buildFixture.ts';
import { readBuiltSite } from './readBuiltSite.ts';
import { brokenLinks } from '../../tools/lib/siteLinks.ts';
import { linkPreview } from '../../src/reading/linkPreview.ts';

const BUILD_TIMEOUT = 120_000;

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
		'an unknown principle fails the build and names the file, the field and the known ids',
		() => {
			const build = buildFixture('unknown-principle');
			expect(build.status).not.toBe(0);
			expect(build.output).toContain(
				`Content error in ${build.contentDir}/essays/fixture-essay.mdx`,
			);
			expect(build.output).toContain(
				'line 4, column 34: principles[1]: "day-two" is not a known entry of principles.',
			);
			expect(build.output).toContain('Expected one of: customer-obsession.');
			expect(build.output).not.toMatch(/Stack trace|\s+at .+\(.+:\d+:\d+\)/);
		},
		BUILD_TIMEOUT,
	);

	test(
		'a quotation of a letter that is not its exact words fails at its line, with the closest passage',
		() => {
			const build = buildFixture('inexact-quotation');
			expect(build.status).not.toBe(0);
			expect(build.output).toContain(
				`Content error in ${build.contentDir}/essays/fixture-essay.mdx`,
			);
			expect(build.output).toContain(
				'line 12, column 17: the quotation “good process serves you so you can serve shareholders” is not in the 2016 letter.',
			);
			expect(build.output).toContain(
				'The closest passage in the 2016 letter shares 8 of its 9 words: “good process serves you so you can serve …”.',
			);
			expect(build.output).not.toContain('the process can become the thing');
		},
		BUILD_TIMEOUT,
	);

	test.each([
		{
			fixture: 'copied-letter-run',
			message: 'repeats 9 words in a row from the 2016 letter.',
		},
		{
			fixture: 'near-copy-word-changed',
			message: 'follows the wording of the 2016 letter with a word or two changed.',
		},
		{
			fixture: 'near-copy-paraphrase',
			message: 'follows the wording of the 2016 letter closely',
		},
	])(
		'prose that $fixture fails the build at its line, naming the letter',
		({ fixture, message }) => {
			const build = buildFixture(fixture);
			expect(build.status).not.toBe(0);
			expect(build.output).toContain(
				`Content error in ${build.contentDir}/essays/fixture-essay.mdx`,
			);
			expect(build.output).toMatch(
				new RegExp(`line 13: “[^”]+” ${message.replace(/[.()]/g, '\\$&')}`),
			);
			expect(build.output).toContain('Fix: ');
			expect(build.output).not.toContain('A sentence of our own comes first');
			// The wording is checked on another thread, and the build waits for it before rendering.
			expect(build.output).not.toContain('generating static routes');
		},
		BUILD_TIMEOUT,
	);

	test(
		'a path step that names no page fails the build with the step it is in',
		() => {
			const build = buildFixture('unknown-path-step');
			expect(build.status).not.toBe(0);
			expect(build.output).toContain(
				`Content error in ${build.contentDir}/paths/fixture-path.yaml`,
			);
			expect(build.output).toContain(
				'steps[1].page: "amazon-primo" is not a known entry of case-studies.',
			);
		},
		BUILD_TIMEOUT,
	);

	test(
		'a missing title fails the build and names the file and the field',
		() => {
			const build = buildFixture('missing-title');
			expect(build.status).not.toBe(0);
			expect(build.output).toContain(
				`Content error in ${build.contentDir}/case-studies/amazon-prime.mdx`,
			);
			expect(build.output).toContain(
				'title: is missing. Add it, for example: title: "Amazon Prime: the program nobody asked for"',
			);
		},
		BUILD_TIMEOUT,
	);

	test(
		'an unknown source kind fails the build and lists the kinds allowed',
		() => {
			const build = buildFixture('unknown-source-kind');
			expect(build.status).not.toBe(0);
			expect(build.output).toContain(
				`Content error in ${build.contentDir}/sources/letter-2016.yaml`,
			);
			expect(build.output).toContain(
				'kind: "letter" is not allowed. Use one of: shareholder-letter, leadership-principle, video, article.',
			);
		},
		BUILD_TIMEOUT,
	);

	test(
		'a citation of an unknown source fails the build with the sources that exist',
		() => {
			const build = buildFixture('unknown-cite-source');
			expect(build.status).not.toBe(0);
			expect(build.output).toContain(
				`Content error in ${build.contentDir}/principles/customer-obsession.mdx`,
			);
			expect(build.output).toContain(
				'<Cite source="letter-2019">: "letter-2019" is not a known source.',
			);
			expect(build.output).toContain('Expected one of: letter-2016.');
		},
		BUILD_TIMEOUT,
	);

	test(
		'a quotation outside <Quote> fails the build and says how to cite it',
		() => {
			const build = buildFixture('uncited-quotation');
			expect(build.status).not.toBe(0);
			expect(build.output).toContain(
				`Content error in ${build.contentDir}/principles/customer-obsession.mdx`,
			);
			expect(build.output).toContain(
				'line 10, column 17: the text quotes “customers are always beautifully dissatisfied” without a source.',
			);
		},
		BUILD_TIMEOUT,
	);

	test(
		'a source cited in the text but missing from the front matter fails the build',
		() => {
			const build = buildFixture('cite-not-listed');
			expect(build.status).not.toBe(0);
			expect(build.output).toContain(
				'the text cites "letter-2012" but the front matter\'s sources do not list it.',
			);
			expect(build.output).toContain(
				'Fix: add letter-2012 to sources: [letter-2016, letter-2012].',
			);
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
		},
		BUILD_TIMEOUT,
	);

	test(
		'without it, no annotation is printed',
		() => {
			const build = buildFixture('broken-link', { GITHUB_ACTIONS: '' });
			expect(build.status).not.toBe(0);
			expect(build.output).not.toContain('::error');
		},
		BUILD_TIMEOUT,
	);
});

describe('more content guards', () => {
	const essay = (build: { contentDir: string }) =>
		`Content error in ${build.contentDir}/essays/fixture-essay.mdx`;
	test.each([
		{
			fixture: 'broken-link',
			message: 'line 14, column 60: the link /principles/day-two/ leads to no page.',
		},
		{
			fixture: 'broken-anchor',
			message:
				'the link /principles/customer-obsession/#what-it-is-not names the anchor #what-it-is-not, which /principles/customer-obsession/ does not have.',
		},
		{
			fixture: 'duplicate-title',
			message: `line 2, column 8: title: "Amazon Prime" is already the title of`,
		},
		{
			fixture: 'image-without-alt',
			message: 'line 14, column 31: the image ./chart.png has no alt text',
		},
		{ fixture: 'invalid-yaml', message: 'The front matter is not valid YAML' },
		{
			fixture: 'wrong-date',
			message:
				'line 7, column 12: published: must be a date written YYYY-MM-DD, for example: published: 2026-11-23',
		},
		{
			fixture: 'misspelt-field',
			message:
				'line 8, column 8: Draft: not a field of this kind of page. Remove it, or check its spelling.',
		},
	])(
		'$fixture fails the build, naming the file and the fault',
		({ fixture, message }) => {
			const build = buildFixture(fixture);
			expect(build.status).not.toBe(0);
			expect(build.output).toContain(essay(build));
			expect(build.output).toContain(message);
			expect(build.output).not.toMatch(/Stack trace|\s+at .+\(.+:\d+:\d+\)/);
		},
		BUILD_TIMEOUT,
	);

	test(
		'a path step that points to a draft fails the build before rendering, saying it is a draft',
		() => {
			const build = buildFixture('step-to-draft');
			expect(build.status).not.toBe(0);
			expect(build.output).toContain(
				`Content error in ${build.contentDir}/paths/fixture-path.yaml`,
			);
			expect(build.output).toContain('steps[2].page: "fixture-essay" is a draft');
			expect(build.output).toContain(
				'Fix: publish that page (remove draft: true), or point to a published page.',
			);
		},
		BUILD_TIMEOUT,
	);

	test(
		'every problem in every file is listed before the build stops, with a count',
		() => {
			const build = buildFixture('several-faults');
			expect(build.status).not.toBe(0);
			expect(build.output).toContain(
				`Content error in ${build.contentDir}/essays/fixture-essay.mdx`,
			);
			expect(build.output).toContain(
				`Content error in ${build.contentDir}/paths/fixture-path.yaml`,
			);
			expect(build.output).toContain('2 content errors found; the site was not built.');
		},
		BUILD_TIMEOUT,
	);
});

describe('faults caught before rendering (issue #15)', () => {
	test.each([
		{
			fixture: 'unknown-component',
			file: 'essays/fixture-essay.mdx',
			messages: [
				'line 16, column 23: <Callout> is not a component pages can use.',
				'Expected one of: <Cite>, <Quote>.',
			],
		},
		{
			fixture: 'duplicate-alias',
			file: 'glossary/day-1.yaml',
			messages: [
				'line 3, column 11: aliases[0]: "day one" is already an alias of "Day 1 essentials" in',
			],
			also: 'glossary/day-1-essentials.yaml.',
		},
		{
			fixture: 'alias-is-term',
			file: 'glossary/day-2.yaml',
			messages: ['line 5, column 5: aliases[1]: "day 1" is the term of'],
			also: 'glossary/day-1.yaml (term: Day 1).',
		},
		{
			fixture: 'repeated-path-step',
			file: 'paths/fixture-path.yaml',
			messages: [
				'line 11, column 11: steps[2].page: "principles/customer-obsession" is already steps[0].page (line 5).',
			],
		},
		{
			fixture: 'repeated-heading',
			file: 'essays/fixture-essay.mdx',
			messages: [
				'line 20: the heading "## The idea" repeats the heading on line 12, so both would have the id #the-idea',
			],
		},
		{
			fixture: 'review-before-published',
			file: 'essays/fixture-essay.mdx',
			messages: ['line 9, column 11: reviewBy: 2019-01-31 is before published: 2019-11-23'],
		},
		{
			fixture: 'empty-section',
			file: 'essays/fixture-essay.mdx',
			messages: [
				'line 16: the section "## Where it comes from" is empty: no text comes before the next heading, on line 18.',
			],
		},
		{
			fixture: 'check-without-right-answer',
			file: 'paths/fixture-path.yaml',
			messages: [
				'line 17, column 11: steps[2].checks[0].options: no option is marked correct, so no answer could be right. Fix: add correct: true to the one right answer.',
			],
		},
		{
			fixture: 'check-with-two-right-answers',
			file: 'paths/fixture-path.yaml',
			messages: [
				'line 23, column 22: steps[2].checks[0].options[2].correct: is a second right answer: options[0] is already correct: true, and a check has exactly one. Fix: remove correct: true from one of them.',
			],
		},
		{
			fixture: 'option-without-explanation',
			file: 'paths/fixture-path.yaml',
			messages: [
				'line 20, column 13: steps[2].checks[0].options[1].explanation: is missing. Every option needs one, right or wrong. Fix: say why',
			],
		},
		{
			fixture: 'not-utf8',
			file: 'essays/fixture-essay.mdx',
			messages: ['line 16, column 6: the file is not UTF-8 (byte 0xE9 is not valid UTF-8 there).'],
		},
	])(
		'$fixture fails the build before rendering, naming the file, the line and the fault',
		({ fixture, file, messages, also }) => {
			const build = buildFixture(fixture);
			expect(build.status).not.toBe(0);
			expect(build.output).toContain(`Content error in ${build.contentDir}/${file}`);
			for (const message of messages) expect(build.output).toContain(message);
			if (also) expect(build.output).toContain(`${build.contentDir}/${also}`);
			expect(build.output).toContain('Fix: ');
			expect(build.output).toContain('1 content error found; the site was not built.');
			expect(build.output).not.toMatch(/Stack trace|\s+at .+\(.+:\d+:\d+\)/);
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
				{ BASE: '/handbook/' },
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
