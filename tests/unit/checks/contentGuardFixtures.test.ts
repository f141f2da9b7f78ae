/**
 * Each fixture breaks one thing an author might get wrong; the content guard must find it and say
 * which file, which field and what was expected. The fixtures go through the guard's own function,
 * as the build calls it, and the message is the text the build prints; tests/build/contentGuards.test.ts
 * builds a few of them for real, to prove the build stops with that text.
 */
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContentFolder } from '../../../src/checks/build/contentGuard.ts';
import { formatContentProblems } from '../../../src/checks/contentErrors.ts';
import { githubAnnotations } from '../../../src/checks/githubAnnotations.ts';
import { layOutFixture } from '../../fixtures/layOutFixture.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

/** What the guard reports for fixture `name`: the message the build prints, and its annotations. */
function guardFixture(name: string) {
	const contentDir = `node_modules/.guard-fixtures/${name}/content`;
	layOutFixture(name, join(ROOT, 'node_modules/.guard-fixtures', name));
	const { problems } = checkContentFolder(join(ROOT, contentDir), ROOT);
	return {
		failed: problems.length > 0,
		output: problems.length > 0 ? formatContentProblems(problems) : '',
		annotations: githubAnnotations(problems).join('\n'),
		contentDir,
	};
}

test('the valid minimal content has no problem', () => {
	expect(guardFixture('valid-minimal')).toMatchObject({ failed: false, output: '' });
});

describe('content guards', () => {
	test('a quotation of a letter that is not its exact words fails at its line, with the closest passage', () => {
		const guard = guardFixture('inexact-quotation');
		expect(guard.failed).toBe(true);
		expect(guard.output).toContain(`Content error in ${guard.contentDir}/essays/fixture-essay.mdx`);
		expect(guard.output).toContain(
			'line 12, column 17: the quotation “good process serves you so you can serve shareholders” is not in the 2016 letter.',
		);
		expect(guard.output).toContain(
			'The closest passage in the 2016 letter shares 8 of its 9 words: “good process serves you so you can serve …”.',
		);
		expect(guard.output).not.toContain('the process can become the thing');
	});

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
			const guard = guardFixture(fixture);
			expect(guard.failed).toBe(true);
			expect(guard.output).toContain(
				`Content error in ${guard.contentDir}/essays/fixture-essay.mdx`,
			);
			expect(guard.output).toMatch(
				new RegExp(`line 13: “[^”]+” ${message.replace(/[.()]/g, '\\$&')}`),
			);
			expect(guard.output).toContain('Fix: ');
			expect(guard.output).not.toContain('A sentence of our own comes first');
		},
	);

	test.each([
		{
			fixture: 'unknown-path-step',
			file: 'paths/fixture-path.yaml',
			messages: ['steps[1].page: "amazon-primo" is not a known entry of case-studies.'],
		},
		{
			fixture: 'missing-title',
			file: 'case-studies/amazon-prime.mdx',
			messages: [
				'title: is missing. Add it, for example: title: "Amazon Prime: the program nobody asked for"',
			],
		},
		{
			fixture: 'unknown-source-kind',
			file: 'sources/letter-2016.yaml',
			messages: [
				'kind: "letter" is not allowed. Use one of: shareholder-letter, leadership-principle, video, article.',
			],
		},
		{
			fixture: 'unknown-cite-source',
			file: 'principles/customer-obsession.mdx',
			messages: [
				'<Cite source="letter-2019">: "letter-2019" is not a known source.',
				'Expected one of: letter-2016.',
			],
		},
		{
			fixture: 'uncited-quotation',
			file: 'principles/customer-obsession.mdx',
			messages: [
				'line 10, column 17: the text quotes “customers are always beautifully dissatisfied” without a source.',
			],
		},
	])(
		'$fixture fails the build, naming the file and what was expected',
		({ fixture, file, messages }) => {
			const guard = guardFixture(fixture);
			expect(guard.failed).toBe(true);
			expect(guard.output).toContain(`Content error in ${guard.contentDir}/${file}`);
			for (const message of messages) expect(guard.output).toContain(message);
		},
	);

	test('a source cited in the text but missing from the front matter fails the build', () => {
		const guard = guardFixture('cite-not-listed');
		expect(guard.failed).toBe(true);
		expect(guard.output).toContain(
			'the text cites "letter-2012" but the front matter\'s sources do not list it.',
		);
		expect(guard.output).toContain('Fix: add letter-2012 to sources: [letter-2016, letter-2012].');
	});
});

describe('errors on the pull request', () => {
	test('each error is also an annotation on its line and column', () => {
		const guard = guardFixture('broken-link');
		expect(guard.annotations).toContain(
			`::error file=${guard.contentDir}/essays/fixture-essay.mdx,line=14,col=60,title=Content error::the link /principles/day-two/ leads to no page.%0AFix: link to an existing page`,
		);
		expect(guard.output).not.toContain('::error');
	});
});

describe('more content guards', () => {
	const essay = (guard: { contentDir: string }) =>
		`Content error in ${guard.contentDir}/essays/fixture-essay.mdx`;
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
	])('$fixture fails the build, naming the file and the fault', ({ fixture, message }) => {
		const guard = guardFixture(fixture);
		expect(guard.failed).toBe(true);
		expect(guard.output).toContain(essay(guard));
		expect(guard.output).toContain(message);
	});

	test('a path step that points to a draft fails the build before rendering, saying it is a draft', () => {
		const guard = guardFixture('step-to-draft');
		expect(guard.failed).toBe(true);
		expect(guard.output).toContain(`Content error in ${guard.contentDir}/paths/fixture-path.yaml`);
		expect(guard.output).toContain('steps[2].page: "fixture-essay" is a draft');
		expect(guard.output).toContain(
			'Fix: publish that page (remove draft: true), or point to a published page.',
		);
	});

	test('every problem in every file is listed before the build stops, with a count', () => {
		const guard = guardFixture('several-faults');
		expect(guard.failed).toBe(true);
		expect(guard.output).toContain(`Content error in ${guard.contentDir}/essays/fixture-essay.mdx`);
		expect(guard.output).toContain(`Content error in ${guard.contentDir}/paths/fixture-path.yaml`);
		expect(guard.output).toContain('2 content errors found; the site was not built.');
	});
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
			const guard = guardFixture(fixture);
			expect(guard.failed).toBe(true);
			expect(guard.output).toContain(`Content error in ${guard.contentDir}/${file}`);
			for (const message of messages) expect(guard.output).toContain(message);
			if (also) expect(guard.output).toContain(`${guard.contentDir}/${also}`);
			expect(guard.output).toContain('Fix: ');
			expect(guard.output).toContain('1 content error found; the site was not built.');
		},
	);
});
