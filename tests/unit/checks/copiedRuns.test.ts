import { expect, test } from 'vitest';
import { findCopiedRuns } from '../../../src/checks/copiedRuns.ts';

const blog = {
	name: 'blog.txt',
	text: 'Always ask customers for feedback. Feedback helps develop and shape strategy to better serve them.',
};

test('a run of eight shared words is found, whatever the case and punctuation', () => {
	expect(
		findCopiedRuns('We say: feedback HELPS develop, and shape strategy to better serve them!', [
			blog,
		]),
	).toEqual([
		{
			reference: 'blog.txt',
			words: 'feedback helps develop and shape strategy to better serve them',
		},
	]);
});

test('seven shared words are not a copy', () => {
	expect(findCopiedRuns('Feedback helps develop and shape strategy to win.', [blog])).toEqual([]);
});

test('a quotation is not a copy', () => {
	expect(
		findCopiedRuns(
			'The post says “feedback helps develop and shape strategy to better serve them”.',
			[blog],
		),
	).toEqual([]);
	expect(
		findCopiedRuns(
			'<Quote source="blog">Feedback helps develop and shape strategy to better serve them.</Quote>',
			[blog],
		),
	).toEqual([]);
});

test('two separate copied runs are reported separately', () => {
	const page =
		'Always ask customers for feedback. Feedback helps develop it. Then: develop and shape strategy to better serve them.';
	expect(findCopiedRuns(page, [blog]).map((run) => run.words)).toEqual([
		'always ask customers for feedback feedback helps develop',
		'develop and shape strategy to better serve them',
	]);
});
