import { expect, test } from 'vitest';
import {
	seededRandom,
	syntheticMdxBody,
	syntheticPage,
} from '../../../tools/lib/syntheticCorpus.ts';

const words = ['customer', 'obsession', 'prime', 'letter', 'invent', 'proxy', 'decision', 'trust'];
const wordCount = (page: ReturnType<typeof syntheticPage>) =>
	page.sections
		.flatMap((section) => section.paragraphs)
		.join(' ')
		.split(/\s+/).length;

test('the same seed gives the same numbers and pages', () => {
	const a = seededRandom(7);
	const b = seededRandom(7);
	expect([a(), a(), a()]).toEqual([b(), b(), b()]);
	expect(syntheticPage(3, words)).toEqual(syntheticPage(3, words));
	expect(syntheticPage(3, words)).not.toEqual(syntheticPage(4, words));
});

test('a page has 600 to about 1,200 words in three to five sections', () => {
	for (let index = 0; index < 50; index++) {
		const page = syntheticPage(index, words);
		expect(page.sections.length).toBeGreaterThanOrEqual(3);
		expect(page.sections.length).toBeLessThanOrEqual(5);
		expect(wordCount(page)).toBeGreaterThanOrEqual(600);
		expect(wordCount(page)).toBeLessThan(1300);
	}
});

test('an MDX body keeps every sentence, in sections and paragraphs, citing every third sentence in turn', () => {
	const page = syntheticPage(2, words);
	const body = syntheticMdxBody(page, ['letter-2016', 'letter-2012']);
	const sentences = page.sections.flatMap((section) => section.paragraphs);
	expect(body.match(/^## \d\. /gm)).toHaveLength(page.sections.length);
	const cites = [...body.matchAll(/<Cite source="([^"]+)" \/>/g)].map((match) => match[1]);
	expect(cites).toHaveLength(Math.floor(sentences.length / 3));
	expect(cites.slice(0, 3)).toEqual(['letter-2016', 'letter-2012', 'letter-2016']);
	expect(body.replace(/ <Cite source="[^"]+" \/>/g, '').replace(/\s+/g, ' ')).toContain(
		sentences.slice(0, 5).join(' '),
	);
	expect(body).toMatch(/\.\n\n[A-Z]/);
});

test('an MDX body without sources cites nothing', () => {
	expect(syntheticMdxBody(syntheticPage(2, words), [])).not.toContain('<Cite');
});
