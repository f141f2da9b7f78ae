import { expect, test } from 'vitest';
import { pathStatus, progressSummary } from '../../../src/storage/pathProgress.ts';

const steps = [
	{ title: 'Customer obsession', href: '/principles/customer-obsession/', minutes: 6 },
	{ title: 'Amazon Prime', href: '/case-studies/amazon-prime/', minutes: 5 },
	{ title: 'Royalties', href: '/case-studies/monthly-author-royalties/', minutes: 4 },
];

test('status counts done steps, names the next one and the minutes left', () => {
	const status = pathStatus(steps, new Set(['/principles/customer-obsession/']));
	expect(status).toEqual({ doneCount: 1, total: 3, next: steps[1], minutesLeft: 9 });
});

test('a finished path has no next step', () => {
	expect(pathStatus(steps, new Set(steps.map((s) => s.href))).next).toBeUndefined();
});

test('the summary is plain text, a line per step', () => {
	expect(progressSummary('Intro', steps, new Set(['/case-studies/amazon-prime/'])))
		.toMatchInlineSnapshot(`
		"Intro: 1 of 3 steps done, about 10 minutes left.
		[ ] 1. Customer obsession (6 min)
		[x] 2. Amazon Prime (5 min)
		[ ] 3. Royalties (4 min)"
	`);
});

test('with knowledge checks, the summary says how many were answered correctly', () => {
	const score = { total: 5, answered: 4, right: 3 };
	expect(progressSummary('Intro', steps, new Set(), score)).toMatchInlineSnapshot(`
		"Intro: 0 of 3 steps done, about 15 minutes left.
		Checks: 3 of 5 answered correctly, 1 not answered yet.
		[ ] 1. Customer obsession (6 min)
		[ ] 2. Amazon Prime (5 min)
		[ ] 3. Royalties (4 min)"
	`);
});

test('a path without checks gets no checks line', () => {
	const score = { total: 0, answered: 0, right: 0 };
	expect(progressSummary('Intro', steps, new Set(), score)).not.toContain('Checks');
});
