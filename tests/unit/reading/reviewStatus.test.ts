import { expect, test } from 'vitest';
import { isReviewOverdue } from '../../../src/reading/reviewStatus.ts';

const now = new Date('2026-11-23T12:00:00Z');

test.each([
	{ reviewBy: undefined, overdue: false },
	{ reviewBy: new Date('2026-11-22'), overdue: true },
	{ reviewBy: new Date('2027-05-23'), overdue: false },
])('review by $reviewBy is overdue: $overdue', ({ reviewBy, overdue }) => {
	expect(isReviewOverdue(reviewBy, now)).toBe(overdue);
});
