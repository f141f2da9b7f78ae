import { expect, test } from 'vitest';
import { checkFrontMatter } from '../../../src/checks/frontMatter.ts';
import type { RawEntry } from '../../../src/checks/rawEntry.ts';
import { plainSchemas } from '../../../src/model/contentSchemas.ts';
import { samplePrinciple } from './sampleEntries.ts';

const schemas = plainSchemas();

const principle = (data: Record<string, unknown> = {}) => samplePrinciple('', data);

test('valid front matter comes back as the schema made it', () => {
	expect(checkFrontMatter(principle(), schemas)).toEqual({
		entry: {
			...principle(),
			data: {
				title: 'Customer obsession',
				summary: 'Start from the customer.',
				order: 1,
				sources: [{ collection: 'sources', id: 'letter-2016' }],
				related: [],
			},
		},
	});
});

test('YAML that cannot be parsed is said so, before any schema', () => {
	const entry = { ...principle(), data: undefined, parseError: 'bad indentation (2:3)' };
	expect(checkFrontMatter(entry, schemas)).toEqual({
		problem: {
			filePath: 'content/principles/customer-obsession.mdx',
			lines: ['The front matter is not valid YAML: bad indentation (2:3)'],
		},
	});
});

test('a misspelt field is an error, not a field silently ignored', () => {
	expect(checkFrontMatter(principle({ Draft: true }), schemas)).toEqual({
		problem: {
			filePath: 'content/principles/customer-obsession.mdx',
			lines: ['Draft: not a field of this kind of page. Remove it, or check its spelling.'],
		},
	});
});

test('a field inside a list is named by its place in the list', () => {
	const path: RawEntry = {
		collection: 'paths',
		id: 'p',
		filePath: 'content/paths/p.yaml',
		data: { title: 'P', audience: 'A', summary: 'S', steps: [{ page: 'essays/x', prompt: 'Q?' }] },
		body: '',
	};
	const result = checkFrontMatter(path, schemas);
	expect(result && 'problem' in result && result.problem.lines).toMatchInlineSnapshot(`
		[
		  "steps[0].minutes: is missing. Add it, for example: minutes: 5",
		]
	`);
});

test('a collection without a schema is not checked', () => {
	expect(checkFrontMatter({ ...principle(), collection: 'drafts' }, schemas)).toBeUndefined();
});

test('a title longer than a tab and a search result can show is refused, with the limit', () => {
	const result = checkFrontMatter(principle({ title: 'A'.repeat(61) }), schemas);
	expect(result && 'problem' in result && result.problem.lines).toEqual([
		'title: is longer than 60 characters, so browsers and search results would cut it off. Shorten it, for example: title: "Customer obsession"',
	]);
});
