import { expect, test } from 'vitest';
import { readingTime } from '../../../src/reading/readingTime.ts';

test.each([
	{ words: 0, minutes: 1 },
	{ words: 440, minutes: 2 },
	{ words: 441, minutes: 3 },
])('$words words take $minutes minute(s)', ({ words, minutes }) => {
	expect(readingTime('word '.repeat(words))).toBe(minutes);
});

test('components and link targets are not counted as words', () => {
	const body = `${'word '.repeat(220)} <Cite source="letter-2016" /> [Prime](/case-studies/amazon-prime/)`;
	expect(readingTime(body)).toBe(2);
	expect(readingTime(`${'word '.repeat(219)} <Cite source="letter-2016" />`)).toBe(1);
});
