import { expect, test } from 'vitest';
import { checkContent, type RawEntry } from '../../../src/checks/checkContent.ts';
import { fingerprint } from '../../../src/checks/sourceFingerprints.ts';
import { wordedSources, wordingProblems } from '../../../src/checks/wordingChecks.ts';
import { plainSchemas } from '../../../src/model/contentSchemas.ts';
import { samplePrinciple as principle } from './sampleEntries.ts';

const schemas = plainSchemas();

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

test('a page that fails its own checks still counts as existing for the pages that link to it', () => {
	const problems = checkContent([source, principle('', { order: 'first' }), essay()], schemas);
	expect(problems.map((problem) => problem.filePath)).toEqual([
		'content/principles/customer-obsession.mdx',
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

test('every check runs, and problems come in the order the checks run', () => {
	const path = (id: string, steps: unknown[], parseError?: string): RawEntry => ({
		collection: 'paths',
		id,
		filePath: `content/paths/${id}.yaml`,
		data: parseError ? undefined : { title: id, audience: 'A', summary: 'S', steps },
		body: '',
		...(parseError ? { parseError } : {}),
	});
	const problems = checkContent(
		[
			source,
			principle(''),
			{ ...essay(), id: 'Bad Name', filePath: 'content/essays/Bad Name.mdx' },
			path('broken-yaml', [], 'bad indentation'),
			essay({ Draft: true }, '', 'misspelt'),
			essay({ principles: ['day-two'] }, '', 'unknown-principle'),
			essay({ draft: true }, '', 'wip'),
			path('to-draft', [{ page: 'essays/wip', minutes: 5, prompt: 'Q?' }]),
			essay({}, '![](a.png) <Cite source="letter-2016" />', 'image'),
			essay({}, '<Cite source="letter-2017" />', 'citation'),
			essay({ title: 'image' }, '', 'same-title'),
			essay({}, '[gone](/nope/)', 'link'),
		],
		schemas,
	);
	expect(problems.map((problem) => `${problem.filePath}: ${problem.lines[0]}`))
		.toMatchInlineSnapshot(`
			[
			  "content/essays/Bad Name.mdx: The file name "Bad Name" cannot be a page id: ids are lower-case letters, digits and hyphens, starting with a letter.",
			  "content/paths/broken-yaml.yaml: The front matter is not valid YAML: bad indentation",
			  "content/essays/misspelt.mdx: Draft: not a field of this kind of page. Remove it, or check its spelling.",
			  "content/essays/unknown-principle.mdx: principles[0]: "day-two" is not a known entry of principles.",
			  "content/paths/to-draft.yaml: steps[0].page: "wip" is a draft (draft: true in content/essays/wip.mdx), so it is not published and this link would break.",
			  "content/essays/image.mdx: The image a.png has no alt text: ![](a.png)",
			  "content/essays/citation.mdx: <Cite source="letter-2017">: "letter-2017" is not a known source.",
			  "content/essays/same-title.mdx: title: "image" is already the title of content/essays/image.mdx.",
			  "content/essays/link.mdx: line 1, column 8: the link /nope/ leads to no page.",
			]
		`);
});

test('a message about a front-matter field starts with the field’s line and column', () => {
	const frontMatterText = [
		'title: Customer obsession',
		'summary: S',
		'order: 1',
		'sources: [letter-2016]',
		'related: [day-two]',
	].join('\n');
	const withText = {
		...principle(''),
		data: { ...(principle('').data as object), related: ['day-two'] },
		yaml: { text: frontMatterText, firstLine: 2 },
	};
	const problems = checkContent([source, withText], schemas);
	expect(problems.flatMap((problem) => problem.lines)[0]).toBe(
		'line 6, column 11: related[0]: "day-two" is not a known entry of principles.',
	);
});

test('the wording checks can be left out and run apart, and then find the same problems', () => {
	const fingerprints = {
		'letter-2016': fingerprint('Good process serves you so you can serve customers.'),
	};
	const body =
		'Staying small matters because good process serves you so you can serve customers every day.\n';
	const entries = [source, principle(''), essay({}, body)];
	const all = checkContent(entries, schemas, fingerprints);
	expect(all.flatMap((problem) => problem.lines).join('\n')).toContain(
		'repeats 9 words in a row from the 2016 letter.',
	);
	expect(checkContent(entries, schemas, fingerprints, { wording: false })).toEqual([]);
	const pages = entries
		.filter((entry) => entry.body)
		.map(({ filePath, body, bodyLine }) => ({
			filePath,
			body,
			bodyLine: bodyLine ?? 1,
		}));
	const sources = wordedSources(
		entries.map((entry) => ({ ...entry, data: entry.data as Record<string, unknown> })),
	);
	expect(wordingProblems(pages, sources, fingerprints)).toEqual(all);
});
