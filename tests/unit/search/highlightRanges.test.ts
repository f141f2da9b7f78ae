import { expect, test } from 'vitest';
import { highlightRanges } from '../../../src/search/highlightRanges.ts';

test('whole words starting with a searched term are marked', () => {
	const text = 'Royalties paid monthly; the royalty schedule.';
	expect(highlightRanges(text, ['royalt']).map(([start, end]) => text.slice(start, end))).toEqual([
		'Royalties',
		'royalty',
	]);
});

test('a term inside a word is not marked, and single letters never are', () => {
	expect(highlightRanges('Reprime the primer', ['prime'])).toEqual([[12, 18]]);
	expect(highlightRanges('a b c', ['a'])).toEqual([]);
});

test('several terms in one parameter are each marked', () => {
	const text = 'Disagree and commit.';
	expect(highlightRanges(text, ['disagree commit']).map(([s, e]) => text.slice(s, e))).toEqual([
		'Disagree',
		'commit',
	]);
});
