import { expect, test } from 'vitest';
import { changedSinceLastVisit, recordView, VISIT_GAP_MS } from '../../../src/storage/visits.ts';

const t0 = Date.parse('2026-11-01T09:00:00Z');

test('the first view starts a visit with nothing before it', () => {
	expect(recordView({}, t0)).toEqual({ current: t0 });
});

test('views close together stay one visit', () => {
	expect(recordView({ current: t0 }, t0 + VISIT_GAP_MS - 1)).toEqual({ current: t0 });
});

test('a view after a long gap starts a new visit and keeps the old one as previous', () => {
	const later = t0 + VISIT_GAP_MS + 1;
	expect(recordView({ previous: 1, current: t0 }, later)).toEqual({ previous: t0, current: later });
});

test.each([
	{ updated: '2026-11-02', previous: t0, changed: true },
	{ updated: '2026-10-31', previous: t0, changed: false },
	{ updated: '2026-11-02', previous: undefined, changed: false },
	{ updated: 'not a date', previous: t0, changed: false },
])('a page updated $updated is new: $changed', ({ updated, previous, changed }) => {
	expect(changedSinceLastVisit(updated, { previous, current: t0 })).toBe(changed);
});
