/**
 * Each story is told in full once: no two pages share a sentence nearly word for word or retell a
 * paragraph (`npm run repeats` lists what this finds), and a story takes more than one sentence on
 * at most two pages (the page that owns it, and the letter page it comes from).
 */
import { expect, test } from 'vitest';
import { proseSentences } from '../../src/checks/nearCopies.ts';
import { sharedPassages } from '../../src/checks/sharedPassages.ts';
import { readCollection } from './readContent.ts';

const pages = ['principles', 'case-studies', 'essays', 'sources']
	.flatMap(readCollection)
	.filter((page) => page.body);

test('no two pages share a sentence or retell a paragraph', () => {
	const shared = sharedPassages(pages).map(
		(passage) =>
			`${passage.first.filePath}:${passage.first.line} ~ ${passage.second.filePath}:${passage.second.line} (${passage.likeness})`,
	);
	expect(shared).toEqual([]);
});

/** A story, and the words that mark a sentence as telling it. */
const STORIES = [
	{ story: 'monthly author royalties', marks: /royalt/i },
	{ story: 'Prime that nobody asked for', marks: /\bprime\b.*\b(ask|asked)\b|\bno (customer|one) (ever )?asked\b/i },
	{ story: 'customers always dissatisfied', marks: /dissatisfied|discontent/i },
	{ story: 'Day 2 as stasis and decline', marks: /stasis|irrelevance/i },
];

test.each(STORIES)('$story is told at length on at most two pages', ({ marks }) => {
	// A mention and a link take one sentence; a second sentence on the story is retelling it.
	const telling = pages.filter(
		(page) => proseSentences(page.body).filter((sentence) => marks.test(sentence.text)).length > 1,
	);
	expect(telling.map((page) => page.filePath).length, telling.map((page) => page.filePath).join(', ')).toBeLessThanOrEqual(2);
});

test.each(readCollection('paths').map((path) => [path.id, path] as const))(
	'along the %s path, no story is told at length on two steps',
	(_, path) => {
		const steps = (path.data.steps as Array<{ page: string }>).map((step) => {
			const [collection, id] = step.page.split('/');
			return readCollection(collection!).find((page) => page.id === id)!;
		});
		const repeated = STORIES.filter(({ marks }) => {
			const telling = steps.filter(
				(page) =>
					page.body &&
					proseSentences(page.body).filter((sentence) => marks.test(sentence.text)).length > 1,
			);
			return telling.length > 1;
		});
		expect(repeated.map(({ story }) => story)).toEqual([]);
	},
);
