import { describe, expect, test } from 'vitest';
import { findBrokenReferences, type EntryForCheck } from '../../../src/checks/contentReferences.ts';

const principle = (id: string): EntryForCheck => ({
	collection: 'principles',
	id,
	filePath: `content/principles/${id}.mdx`,
	data: { title: id, sources: [{ collection: 'sources', id: 'letter-2016' }] },
});
const source: EntryForCheck = {
	collection: 'sources',
	id: 'letter-2016',
	filePath: 'content/sources/letter-2016.yaml',
	data: { title: '2016 letter', published: '2017-04' },
};

describe('findBrokenReferences', () => {
	test('finds nothing when every reference names an entry', () => {
		expect(findBrokenReferences([source, principle('customer-obsession')])).toEqual([]);
	});

	test('reports the file, the field path, the id and the ids that exist', () => {
		const essay: EntryForCheck = {
			collection: 'essays',
			id: 'day-two',
			filePath: 'content/essays/day-two.mdx',
			data: {
				principles: [
					{ collection: 'principles', id: 'customer-obsession' },
					{ collection: 'principles', id: 'day-two' },
				],
				sources: [{ collection: 'sources', id: 'letter-2016' }],
			},
		};
		expect(
			findBrokenReferences([source, principle('customer-obsession'), principle('proxies'), essay]),
		).toEqual([
			{
				filePath: 'content/essays/day-two.mdx',
				field: 'principles[1]',
				collection: 'principles',
				received: 'day-two',
				known: ['customer-obsession', 'proxies'],
			},
		]);
	});

	test('follows references nested in lists of objects, such as path steps', () => {
		const path: EntryForCheck = {
			collection: 'paths',
			id: 'first-week',
			filePath: 'content/paths/first-week.yaml',
			data: { steps: [{ page: { collection: 'principles', id: 'missing' }, minutes: 5 }] },
		};
		const [broken] = findBrokenReferences([source, principle('customer-obsession'), path]);
		expect(broken).toMatchObject({ field: 'steps[0].page', received: 'missing' });
	});

	test('leaves dates and plain objects with other keys alone', () => {
		const essay: EntryForCheck = {
			collection: 'essays',
			id: 'x',
			filePath: 'content/essays/x.mdx',
			data: {
				published: new Date('2026-01-01'),
				meta: { collection: 'unknown', id: 'y', extra: 1 },
			},
		};
		expect(findBrokenReferences([essay])).toEqual([]);
	});
});
