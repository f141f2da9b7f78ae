import { expect, test } from 'vitest';
import { previewPlacement } from '../../../src/reading/previewPlacement.ts';

const viewport = { width: 1000, height: 800 };
const size = { width: 300, height: 120 };
const still = { x: 0, y: 0 };

test.each([
	{ where: 'in the middle', box: { top: 300, bottom: 320, left: 200 }, top: 328, side: 'below' },
	{ where: 'near the bottom', box: { top: 700, bottom: 720, left: 200 }, top: 572, side: 'above' },
	{ where: 'at the very top', box: { top: 0, bottom: 20, left: 200 }, top: 28, side: 'below' },
])('a link $where gets its preview $side it', ({ box, top, side }) => {
	expect(previewPlacement(box, { size, viewport, scroll: still })).toEqual({
		top,
		left: 200,
		side,
	});
});

test('a preview too tall for either side goes where there is more room', () => {
	const tall = { width: 300, height: 900 };
	expect(
		previewPlacement({ top: 100, bottom: 120, left: 0 }, { size: tall, viewport, scroll: still })
			.side,
	).toBe('below');
	expect(
		previewPlacement({ top: 600, bottom: 620, left: 0 }, { size: tall, viewport, scroll: still })
			.side,
	).toBe('above');
});

test.each([
	{ where: 'near the right edge', left: 900, expected: 692 },
	{ where: 'past the left edge', left: -40, expected: 8 },
])('a link $where keeps its preview inside the window', ({ left, expected }) => {
	const box = { top: 300, bottom: 320, left };
	expect(previewPlacement(box, { size, viewport, scroll: still }).left).toBe(expected);
});

test('on a narrow screen a preview wider than the window starts at the margin', () => {
	const box = { top: 300, bottom: 320, left: 150 };
	const narrow = { width: 320, height: 640 };
	expect(
		previewPlacement(box, { size: { width: 400, height: 100 }, viewport: narrow, scroll: still })
			.left,
	).toBe(8);
});

test('positions are in the document, so a scrolled page adds its scroll', () => {
	const box = { top: 300, bottom: 320.4, left: 200.6 };
	expect(previewPlacement(box, { size, viewport, scroll: { x: 10, y: 2000 } })).toEqual({
		top: 2328,
		left: 211,
		side: 'below',
	});
});
