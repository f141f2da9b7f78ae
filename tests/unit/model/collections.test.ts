import { expect, test } from 'vitest';
import {
	ALL_COLLECTIONS,
	COLLECTIONS,
	PAGE_COLLECTIONS,
	describeEntry,
	isCollectionName,
} from '../../../src/model/collections.ts';
import { plainSchemas } from '../../../src/model/contentSchemas.ts';

test('every collection with a schema has a record, and every record a schema', () => {
	expect(Object.keys(plainSchemas()).sort()).toEqual([...ALL_COLLECTIONS].sort());
});

test('collections whose entries share a page are not page collections', () => {
	expect(PAGE_COLLECTIONS).toEqual(ALL_COLLECTIONS.filter((name) => name !== 'glossary'));
	expect(COLLECTIONS.glossary.pages).toBe('anchor');
});

test.each(ALL_COLLECTIONS)('%s has names, files and an introduction', (name) => {
	const record = COLLECTIONS[name];
	expect(record.label.one).not.toBe('');
	expect(record.label.many).not.toBe('');
	expect(record.introduction).toMatch(/\.$/);
	expect(record.files.read).toContain(record.files.create.slice(1));
});

test('kind labels, header names and scaffold kinds are each unique', () => {
	const records = ALL_COLLECTIONS.map((name) => COLLECTIONS[name]);
	for (const values of [
		records.map((record) => record.label.one),
		records.map((record) => record.label.many),
		records.flatMap((record) => (record.nav ? [record.nav] : [])),
		records.flatMap((record) => (record.scaffold ? [record.scaffold.kind] : [])),
	]) {
		expect(new Set(values).size).toBe(values.length);
	}
});

test('an essay is described by its description, author and dates', () => {
	const data = {
		title: 'Process as a proxy',
		description: 'When the process becomes the goal.',
		author: 'Day One editors',
		published: new Date('2026-11-23T00:00:00Z'),
		updated: new Date('2026-12-01T00:00:00Z'),
	};
	expect(describeEntry('essays', { id: 'x', data } as never)).toEqual({
		title: 'Process as a proxy',
		lead: 'When the process becomes the goal.',
		meta: 'By Day One editors',
		pageMeta: 'By Day One editors, published November 23, 2026, updated December 1, 2026',
	});
});

test('a path says its audience, its steps and their minutes, in lists and on its page', () => {
	const data = {
		title: 'Your first week',
		summary: 'Five days.',
		audience: 'New employees',
		steps: [{ minutes: 5 }, { minutes: 10 }],
	};
	const described = describeEntry('paths', { id: 'x', data } as never);
	expect(described.meta).toBe('New employees · 2 steps, about 15 minutes');
	expect(described.pageMeta).toBe(described.meta);
});

test('a source without notes is led by its kind and publisher', () => {
	const data = {
		title: 'T',
		kind: 'shareholder-letter',
		publisher: 'Amazon.com, Inc.',
		published: '2017-04',
	};
	expect(describeEntry('sources', { id: 'x', data } as never).lead).toBe(
		'Shareholder letter published by Amazon.com, Inc.',
	);
});

test('entries are ordered by each record: principles by order, essays newest first', () => {
	expect(COLLECTIONS.principles.compare({ order: 1 } as never, { order: 2 } as never)).toBeLessThan(
		0,
	);
	const older = { published: new Date('2020-01-01') } as never;
	const newer = { published: new Date('2021-01-01') } as never;
	expect(COLLECTIONS.essays.compare(newer, older)).toBeLessThan(0);
});

test.each([
	{ name: 'essays', known: true },
	{ name: 'blog', known: false },
	{ name: 'toString', known: false },
])('$name is a collection: $known', ({ name, known }) => {
	expect(isCollectionName(name)).toBe(known);
});
