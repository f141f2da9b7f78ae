import { expect, test } from 'vitest';
import { readProgress } from '../../../src/storage/storedProgress.ts';

test.each([
	{
		saved: 'a list of steps, as progress was saved before knowledge checks',
		value: ['/principles/customer-obsession/', '/essays/the-empty-chair/'],
		read: { done: ['/principles/customer-obsession/', '/essays/the-empty-chair/'], answers: {} },
	},
	{
		saved: "today's record of steps and answers",
		value: { done: ['/essays/the-empty-chair/'], answers: { k3x9: 1, a0: 0 } },
		read: { done: ['/essays/the-empty-chair/'], answers: { k3x9: 1, a0: 0 } },
	},
	{
		saved: 'a record with answers only',
		value: { answers: { k3x9: 2 } },
		read: { done: [], answers: { k3x9: 2 } },
	},
	{ saved: 'nothing', value: null, read: { done: [], answers: {} } },
	{ saved: 'a number', value: 7, read: { done: [], answers: {} } },
	{
		saved: 'a record with values of the wrong kind',
		value: { done: [3, '/essays/x/'], answers: { a: 'one', b: -1, c: 1.5, d: 2 } },
		read: { done: ['/essays/x/'], answers: { d: 2 } },
	},
])('$saved reads back as steps done and answers', ({ value, read }) => {
	expect(readProgress(value)).toEqual(read);
});

test('what the page writes reads back unchanged', () => {
	const progress = { done: ['/case-studies/amazon-prime/'], answers: { abc: 0 } };
	expect(readProgress(JSON.parse(JSON.stringify(progress)))).toEqual(progress);
});
