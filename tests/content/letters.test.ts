/**
 * The letters as the handbook tells them: a page for every letter, each citing and quoting its own
 * letter, every principle traced through at least two of them, and every figure cited.
 */
import { expect, test } from 'vitest';
import { uncitedFigures } from '../../src/checks/uncitedFigures.ts';
import { readCollection } from './readContent.ts';

const sources = readCollection('sources');
const letters = sources.filter((source) => source.data.kind === 'shareholder-letter');
const principles = readCollection('principles');
const isLetter = (id: string) => letters.some((letter) => letter.id === id);

test('every letter from 1997 to 2018 has a page of its own (1998 is not available)', () => {
	const years = Array.from({ length: 22 }, (_, index) => 1997 + index).filter((year) => year !== 1998);
	const withPages = letters.filter((letter) => letter.filePath.endsWith('.mdx'));
	expect(withPages.map((letter) => letter.data.covers).sort()).toEqual(years);
});

test.each(letters.map((letter) => [letter.id, letter] as const))(
	'the %s page cites and quotes its own letter, and ends with questions',
	(id, letter) => {
		expect(letter.body).toContain(`<Cite source="${id}"`);
		expect(letter.body).toContain(`<Quote source="${id}"`);
		expect(letter.body).toMatch(/^## (Questions for you|Try this)/m);
	},
);

test.each(principles.map((principle) => [principle.id, principle] as const))(
	'the %s principle cites at least two letters, and at least two letters state it',
	(id, principle) => {
		const cited = (principle.data.sources as string[]).filter(isLetter);
		expect(cited.length).toBeGreaterThanOrEqual(2);
		const stating = letters.filter((letter) => (letter.data.principles ?? []).includes(id));
		expect(stating.length).toBeGreaterThanOrEqual(2);
	},
);

test('every sentence that states a figure or a date cites its source in the same sentence', () => {
	const pages = ['principles', 'case-studies', 'essays', 'sources'].flatMap(readCollection);
	const uncited = pages.flatMap((page) =>
		uncitedFigures(page.body).map((found) => `${page.filePath}:${found.line}: ${found.sentence}`),
	);
	expect(uncited).toEqual([]);
});
