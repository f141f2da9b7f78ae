import { z } from 'astro/zod';
import { expect, test } from 'vitest';
import { checkContent, type RawEntry } from '../../../src/checks/checkContent.ts';
import { contentSchemas } from '../../../src/model/contentSchemas.ts';

const reference = (collection: string) => z.string().transform((id) => ({ collection, id }));
const schemas = contentSchemas(reference as unknown as Parameters<typeof contentSchemas>[0]);

const source: RawEntry = {
	collection: 'sources',
	id: 'letter-2016',
	filePath: 'content/sources/letter-2016.yaml',
	data: {
		title: '2016 letter',
		short: '2016 letter',
		kind: 'shareholder-letter',
		published: '2017-04',
		publisher: 'Amazon',
	},
	body: '',
};
const principle = (body: string, data: Record<string, unknown> = {}): RawEntry => ({
	collection: 'principles',
	id: 'customer-obsession',
	filePath: 'content/principles/customer-obsession.mdx',
	data: {
		title: 'Customer obsession',
		summary: 'Start from the customer.',
		order: 1,
		sources: ['letter-2016'],
		...data,
	},
	body,
});

/** An essay with valid front matter, changed by `data`. */
const essay = (data: Record<string, unknown> = {}, body = '', id = 'x'): RawEntry => ({
	collection: 'essays',
	id,
	filePath: `content/essays/${id}.mdx`,
	data: {
		title: id,
		description: 'D',
		principles: ['customer-obsession'],
		sources: ['letter-2016'],
		author: 'A',
		published: '2026-11-23',
		...data,
	},
	body,
});

test('valid content has no problems', () => {
	expect(
		checkContent(
			[source, principle('## What it is\n\nText. <Cite source="letter-2016" />')],
			schemas,
		),
	).toEqual([]);
});

test('schema problems are written for authors, one line per field', () => {
	const [problem] = checkContent(
		[source, principle('', { title: undefined, order: 'first', sources: [] })],
		schemas,
	);
	expect(problem!.lines).toMatchInlineSnapshot(`
		[
		  "title: is missing. Add it, for example: title: "Customer obsession"",
		  "order: must be a whole number, for example: order: 7",
		  "sources: is empty. Cite at least one source id from content/sources/, for example: sources: [letter-2016]",
		]
	`);
});

test('a link to a section checks the heading exists on the target page', () => {
	const body =
		'See [it](/principles/customer-obsession/#what-it-is) and [that](/principles/customer-obsession/#nope) and [glossary](/glossary/#day-1).';
	const problems = checkContent(
		[source, principle('## What it is\n\nText.'), essay({}, body)],
		schemas,
	);
	expect(problems.flatMap((problem) => problem.lines)).toEqual([
		'The link /principles/customer-obsession/#nope names the anchor #nope, which /principles/customer-obsession/ does not have.',
		'Expected one of: what-it-is.',
		'The link /glossary/#day-1 names the anchor #day-1, which /glossary/ does not have.',
		'Expected one of: (no sections).',
	]);
});

test('an <img> without alt text is a problem, with or without other attributes', () => {
	const [problem] = checkContent([source, principle('<img src="a.png" />')], schemas);
	expect(problem!.lines[0]).toBe('An <img> has no alt text: <img src="a.png" />');
	expect(checkContent([source, principle('<img src="a.png" alt="A chart" />')], schemas)).toEqual(
		[],
	);
});

test('a file name that cannot be an id is refused with a suggested name', () => {
	const [problem] = checkContent(
		[
			source,
			{
				...principle(''),
				id: '70-Percent Rule',
				filePath: 'content/principles/70-Percent Rule.mdx',
			},
		],
		schemas,
	);
	expect(problem!.lines).toEqual([
		'The file name "70-Percent Rule" cannot be a page id: ids are lower-case letters, digits and hyphens, starting with a letter.',
		'Fix: rename the file, for example to percent-rule.mdx.',
	]);
});

test('a misspelt field is an error, not a field silently ignored', () => {
	const [problem] = checkContent([source, principle('', { Draft: true })], schemas);
	expect(problem!.lines).toEqual([
		'Draft: not a field of this kind of page. Remove it, or check its spelling.',
	]);
});

test('a page that fails its own checks still counts as existing for the pages that link to it', () => {
	const problems = checkContent([source, principle('', { order: 'first' }), essay()], schemas);
	expect(problems.map((problem) => problem.filePath)).toEqual([
		'content/principles/customer-obsession.mdx',
	]);
});

test('a published page that points to a draft is told so, with the fix', () => {
	const path: RawEntry = {
		collection: 'paths',
		id: 'p',
		filePath: 'content/paths/p.yaml',
		data: {
			title: 'P',
			audience: 'A',
			summary: 'S',
			steps: [{ page: 'essays/wip', minutes: 5, prompt: 'Q?' }],
		},
		body: '',
	};
	const problems = checkContent(
		[source, principle(''), essay({ draft: true }, '', 'wip'), path],
		schemas,
	);
	expect(problems).toEqual([
		{
			filePath: 'content/paths/p.yaml',
			lines: [
				'steps[0].page: "wip" is a draft (draft: true in content/essays/wip.mdx), so it is not published and this link would break.',
				'Fix: publish that page (remove draft: true), or point to a published page.',
			],
		},
	]);
});

test.each([
	{ published: 2026, ok: false },
	{ published: '11/23/2026', ok: false },
	{ published: '2026-13-45', ok: false },
	{ published: '2026-11-23', ok: true },
	{ published: new Date('2026-11-23'), ok: true },
])('published: $published is accepted: $ok', ({ published, ok }) => {
	expect(checkContent([source, principle(''), essay({ published })], schemas).length === 0).toBe(
		ok,
	);
});

test('links may carry a query string, and hub anchors exist only on principle pages', () => {
	const body =
		'[search](/search/?q=prime) [hub](/principles/customer-obsession/#illustrated-by) [no hub](/essays/x/#illustrated-by)';
	const lines = checkContent([source, principle(''), essay({}, body)], schemas).flatMap(
		(problem) => problem.lines,
	);
	expect(lines).toEqual([
		'The link /essays/x/#illustrated-by names the anchor #illustrated-by, which /essays/x/ does not have.',
		'Expected one of: (no sections).',
	]);
});
