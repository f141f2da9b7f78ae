import { expect, test } from 'vitest';
import { entriesNaming } from '../../../src/reading/principleHub.ts';

const entries = [
	{ id: 'prime', principles: [{ id: 'customer-obsession' }, { id: 'invent' }] },
	{ id: 'royalties', principles: [{ id: 'invent' }] },
];

test('entries that name a principle are found, in their order', () => {
	expect(entriesNaming(entries, 'invent', (entry) => entry.principles).map((e) => e.id)).toEqual([
		'prime',
		'royalties',
	]);
	expect(
		entriesNaming(entries, 'customer-obsession', (entry) => entry.principles).map((e) => e.id),
	).toEqual(['prime']);
	expect(entriesNaming(entries, 'nobody', (entry) => entry.principles)).toEqual([]);
});
