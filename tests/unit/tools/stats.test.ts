import { expect, test } from 'vitest';
import { formatBytes, formatTable, median } from '../../../tools/lib/stats.ts';

test.each([
	{ values: [3, 1, 2], result: 2 },
	{ values: [4, 1, 3, 2], result: 2.5 },
	{ values: [5], result: 5 },
])('the median of $values is $result', ({ values, result }) => {
	expect(median(values)).toBe(result);
});

test('the median of nothing is not a number', () => {
	expect(median([])).toBeNaN();
});

test.each([
	{ bytes: 512, text: '512 B' },
	{ bytes: 14_540, text: '14.2 KB' },
	{ bytes: 3_250_586, text: '3.1 MB' },
])('$bytes bytes read as $text', ({ bytes, text }) => {
	expect(formatBytes(bytes)).toBe(text);
});

test('a table pads each column to its widest cell', () => {
	expect(
		formatTable(
			['site', 'ms'],
			[
				['real', '12'],
				['10,000 pages', '140'],
			],
		),
	).toBe(
		['site          ms', '------------  ---', 'real          12', '10,000 pages  140'].join('\n'),
	);
});
