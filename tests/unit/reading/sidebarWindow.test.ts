import { expect, test } from 'vitest';
import { sidebarWindow } from '../../../src/reading/sidebarWindow.ts';

const items = Array.from({ length: 100 }, (_, index) => index);

test('a short section is shown whole', () => {
	expect(sidebarWindow([1, 2, 3], 1)).toEqual({ items: [1, 2, 3], hidden: 0 });
});

test.each([
	{ current: 50, first: 40, last: 60 },
	{ current: 0, first: 0, last: 20 },
	{ current: 99, first: 79, last: 99 },
])('around entry $current the window runs from $first to $last', ({ current, first, last }) => {
	const window = sidebarWindow(items, current);
	expect(window.items.at(0)).toBe(first);
	expect(window.items.at(-1)).toBe(last);
	expect(window.hidden).toBe(79);
});
