import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { SCAFFOLD_KINDS, scaffold, slugify, templateName } from '../../../tools/lib/scaffold.ts';

/** The template `npm run new` reads for `kind` (none for a kind that does not exist). */
const template = (kind: string) =>
	templateName(kind)
		? readFileSync(
				new URL(`../../../tools/templates/${templateName(kind)}`, import.meta.url),
				'utf8',
			)
		: '';

const context = {
	today: '2026-11-23',
	ids: {
		principles: ['customer-obsession'],
		essays: ['tough-love'],
		'case-studies': [],
		sources: ['letter-2016'],
		glossary: [],
		paths: ['first-week'],
	},
	lastPrincipleOrder: 6,
};

test.each([
	{ title: 'Why We Write Narratives', id: 'why-we-write-narratives' },
	{ title: "The customer's customer", id: 'the-customers-customer' },
	{ title: '  Día 1: déjà vu!  ', id: 'dia-1-deja-vu' },
	{ title: '2-pizza teams', id: 'pizza-teams' },
])('"$title" gets the id $id', ({ title, id }) => {
	expect(slugify(title)).toBe(id);
});

test('an essay is a draft with valid front matter, existing ids and guidance', () => {
	const result = scaffold(
		'essay',
		'Working backwards: a worked example',
		context,
		template('essay'),
	);
	expect(result.ok && result.path).toBe('content/essays/working-backwards-a-worked-example.mdx');
	const content = result.ok ? result.content : '';
	expect(content).toContain('title: "Working backwards: a worked example"');
	expect(content).toContain('principles: [customer-obsession]');
	expect(content).toContain('sources: [letter-2016]');
	expect(content).toContain('published: 2026-11-23');
	expect(content).toContain('draft: true');
	expect(content).toContain('## Questions for you');
});

test('each kind goes to its own folder with its own extension', () => {
	const paths = ['case-study', 'principle', 'glossary', 'path'].map((kind) => {
		const result = scaffold(kind, 'New page', context, template(kind));
		return result.ok ? result.path : result.message;
	});
	expect(paths).toEqual([
		'content/case-studies/new-page.mdx',
		'content/principles/new-page.mdx',
		'content/glossary/new-page.yaml',
		'content/paths/new-page.yaml',
	]);
});

test('a new principle goes after the last one', () => {
	const result = scaffold('principle', 'Frugality', context, template('principle'));
	expect(result.ok && result.content).toContain('order: 7');
});

test('an unknown kind, an empty title and a taken id are refused with a message', () => {
	// Every kind the registry scaffolds, in the site's order.
	expect(Object.keys(SCAFFOLD_KINDS).slice(0, 5)).toEqual([
		'principle',
		'case-study',
		'essay',
		'path',
		'glossary',
	]);
	expect(scaffold('blog', 'X', context, template('blog'))).toEqual({
		ok: false,
		message: `"blog" is not a kind of page. Use one of: ${Object.keys(SCAFFOLD_KINDS).join(', ')}.\nExample: npm run new -- essay "Why we write narratives"`,
	});
	expect(scaffold('essay', '!!!', context, template('essay'))).toMatchObject({
		ok: false,
		message: expect.stringContaining('Give the page a title'),
	});
	expect(scaffold('essay', 'Tough love', context, template('essay'))).toEqual({
		ok: false,
		message:
			'content/essays/tough-love.mdx already exists: the id "tough-love" is taken. Edit that page, or choose a different title.',
	});
});
