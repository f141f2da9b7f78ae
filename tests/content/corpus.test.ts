/**
 * The corpus as a whole: enough of each kind, every page cited, in our own words, every principle
 * shown in a case study and discussed in an essay, every page ending with something to do.
 */
import { describe, expect, test } from 'vitest';
import { nearCopyProblems } from '../../src/checks/nearCopies.ts';
import { uncoveredPrinciples } from '../../src/checks/principleCoverage.ts';
import { uncitedQuotations } from '../../src/checks/quotations.ts';
import { fingerprintedSources, readCollection } from './readContent.ts';

const principles = readCollection('principles');
const essays = readCollection('essays');
const caseStudies = readCollection('case-studies');
const glossary = readCollection('glossary');
const sources = readCollection('sources');
const paths = readCollection('paths');
const pages = [...principles, ...essays, ...caseStudies];
const refs = (ids: string[] = []) => ids.map((id) => ({ id }));
/** The text of every knowledge check on a path's steps: questions, options and explanations. */
const checkTexts = (steps: Array<{ checks?: Array<{ question: string; options: Array<{ text: string; explanation: string }> }> }>) =>
	steps.flatMap((step) => (step.checks ?? []).flatMap((check) => [check.question, ...check.options.flatMap((option) => [option.text, option.explanation])]));
const wordCount = (text: string) => text.split(/\s+/).filter((word) => /[a-z]/i.test(word)).length;

describe('the corpus has every kind of page it promises', () => {
	test.each([
		{ kind: 'principles', entries: principles, least: 6 },
		{ kind: 'case studies', entries: caseStudies, least: 12 },
		{ kind: 'essays', entries: essays, least: 18 },
		{ kind: 'glossary terms', entries: glossary, least: 15 },
		{ kind: 'sources', entries: sources, least: 26 },
		{ kind: 'onboarding paths', entries: paths, least: 2 },
	])('at least $least $kind', ({ entries, least }) => {
		expect(entries.length).toBeGreaterThanOrEqual(least);
	});

	test('at least 36 principle, case study and essay pages in all', () => {
		expect(pages.length).toBeGreaterThanOrEqual(36);
	});

	test('essays average at least 500 words', () => {
		const average = essays.reduce((sum, essay) => sum + wordCount(essay.body), 0) / essays.length;
		expect(average).toBeGreaterThanOrEqual(500);
	});
});

describe('every page can be trusted', () => {
	test('every principle, essay and case study cites at least one source', () => {
		expect(pages.filter((page) => !page.data.sources?.length).map((page) => page.filePath)).toEqual([]);
	});

	test('every principle is illustrated by a case study and discussed in an essay', () => {
		const uncovered = uncoveredPrinciples(
			principles.map((principle) => principle.id),
			caseStudies.map((study) => ({ principles: refs(study.data.principles) })),
			essays.map((essay) => ({ principles: refs(essay.data.principles) })),
		);
		expect(uncovered).toEqual([]);
	});

	test('no page, glossary definition or knowledge check copies or closely follows a letter or a blog post', () => {
		const texts = [
			...pages,
			...sources.filter((source) => source.body),
			...glossary.map((term) => ({ ...term, body: `${term.data.definition}` })),
			// A path's knowledge checks: every question, option and explanation, one paragraph each.
			...paths.map((path) => ({ ...path, body: checkTexts(path.data.steps).join('\n\n') })),
		];
		const copies = texts.flatMap((page) =>
			nearCopyProblems({ filePath: page.filePath, body: page.body, bodyLine: 1 }, fingerprintedSources()),
		);
		expect(copies.flatMap((problem) => problem.lines.map((line) => `${problem.filePath} ${line}`))).toEqual([]);
	}, 60_000);

	test('every quotation carries its source', () => {
		expect(pages.flatMap((page) => uncitedQuotations(page.body).map((quote) => `${page.filePath}: ${quote}`))).toEqual([]);
	});

	test('letters are named by the year they cover: 1997, 2012, 2015 or 2016', () => {
		const covered = new Set(sources.filter((source) => source.data.kind === 'shareholder-letter').map((s) => String(s.data.covers)));
		const misnamed = pages.flatMap((page) =>
			[...page.body.matchAll(/\b(\d{4}) (?:shareholder )?letter\b/gi)]
				.filter(([, year]) => !covered.has(year!))
				.map(([phrase]) => `${page.filePath}: ${phrase}`),
		);
		expect(misnamed).toEqual([]);
	});
});

describe('every page teaches and asks', () => {
	test('every principle, essay and case study ends with questions or an exercise', () => {
		const lastHeading = (body: string) => [...body.matchAll(/^## (.+)$/gm)].at(-1)?.[1] ?? '';
		const endings = pages.filter((page) => !/Questions for you|Try this/.test(lastHeading(page.body)));
		expect(endings.map((page) => page.filePath)).toEqual([]);
	});

	test('every glossary term has an alias a reader might type instead', () => {
		expect(glossary.filter((term) => !term.data.aliases?.length).map((term) => term.filePath)).toEqual([]);
	});

	test('every path step has a reflection prompt', () => {
		const missing = paths.flatMap((path) =>
			(path.data.steps as Array<{ page: string; prompt?: string }>).filter((step) => !step.prompt?.trim()).map((step) => `${path.filePath}: ${step.page}`),
		);
		expect(missing).toEqual([]);
	});
});
