import { expect, test } from 'vitest';
import { letterTimeline, partialDateText } from '../../../src/reading/letterTimeline.ts';

const letter = (covers: number) => ({
	covers,
	published: String(covers + 1),
	title: `${covers} letter`,
	href: `/letter-${covers}/`,
});
const event = (year: number, title: string) => ({ year, title, href: `/${title}/` });

test('every year from the first to the last has an item, in order, even with no letter', () => {
	const years = letterTimeline([letter(1997), letter(1999)], [event(2000, 'third-party')]);
	expect(years.map((year) => [year.year, year.letters.length, year.events.length])).toEqual([
		[1997, 1, 0],
		[1998, 0, 0],
		[1999, 1, 0],
		[2000, 0, 1],
	]);
});

test('case studies sit under their year, sorted by title, whatever order they came in', () => {
	const [year] = letterTimeline(
		[letter(2007)],
		[event(2007, 'Kindle'), event(2007, 'Fulfillment')],
	);
	expect(year!.events.map((item) => item.title)).toEqual(['Fulfillment', 'Kindle']);
});

test('letters given out of order still fall under the years they cover', () => {
	const years = letterTimeline([letter(2002), letter(2001)], []);
	expect(years.map((year) => year.letters.map((item) => item.covers))).toEqual([[2001], [2002]]);
});

test('no letters and no case studies give an empty timeline', () => {
	expect(letterTimeline([], [])).toEqual([]);
});

test.each([
	{ date: '2006', text: '2006' },
	{ date: '2017-04', text: 'April 2017' },
	{ date: '2009-07-22', text: 'July 22, 2009' },
])('the date $date reads "$text"', ({ date, text }) => {
	expect(partialDateText(date)).toBe(text);
});
