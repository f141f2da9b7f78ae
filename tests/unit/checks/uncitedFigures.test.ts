import { expect, test } from 'vitest';
import { uncitedFigures } from '../../../src/checks/uncitedFigures.ts';

test.each([
	{ text: 'Revenue grew 838% that year <Cite source="letter-1997" />.', uncited: false },
	{ text: 'Revenue grew 838% that year. <Cite source="letter-1997" />', uncited: false },
	{
		text: 'It says <Quote source="letter-2016" inline>about 70%</Quote> is enough.',
		uncited: false,
	},
	{ text: 'Revenue grew 838% that year.', uncited: true },
	{ text: 'Prime launched in 2005, then grew.', uncited: true },
	{ text: 'Sales were $147.8 million.', uncited: true },
	{
		text: 'The 2016 letter (published April 2017) is about Day 1 and Type 2 choices.',
		uncited: false,
	},
	{ text: 'Read [the 2015 letter](/sources/letter-2015/) next.', uncited: false },
	{ text: '1. A numbered step with no figure.', uncited: false },
])('"$text" states an uncited figure: $uncited', ({ text, uncited }) => {
	expect(uncitedFigures(text).length > 0).toBe(uncited);
});

test('the closing questions are not facts, and a line is given for each find', () => {
	const body = 'Intro.\nIn 2005 it began.\n\n## Questions for you\n\nWhat will you do in 2027?';
	expect(uncitedFigures(body, 10)).toEqual([{ line: 11, sentence: 'In 2005 it began.' }]);
});
