import { expect, test } from 'vitest';
import { neighbors } from '../../../src/reading/neighbors.ts';

const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

test.each([
	{ index: 0, previous: undefined, next: 'b' },
	{ index: 1, previous: 'a', next: 'c' },
	{ index: 2, previous: 'b', next: undefined },
])('the entry at $index sits between $previous and $next', ({ index, previous, next }) => {
	const found = neighbors(list, index);
	expect(found.previous?.id).toBe(previous);
	expect(found.next?.id).toBe(next);
});

test('an index outside the list has no neighbors', () => {
	expect(neighbors(list, -1)).toEqual({});
	expect(neighbors(list, 3)).toEqual({});
});
