import { expect, test } from 'vitest';
import { neighbors } from '../../../src/reading/neighbors.ts';

const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

test.each([
	{ id: 'a', previous: undefined, next: 'b' },
	{ id: 'b', previous: 'a', next: 'c' },
	{ id: 'c', previous: 'b', next: undefined },
])('$id sits between $previous and $next', ({ id, previous, next }) => {
	const found = neighbors(list, id);
	expect(found.previous?.id).toBe(previous);
	expect(found.next?.id).toBe(next);
});

test('an id not in the list has no neighbors', () => {
	expect(neighbors(list, 'z')).toEqual({});
});
