import { expect, test } from 'vitest';
import { lastCommitDates } from '../../../src/reading/gitDates.ts';

test('each file gets the date of the newest commit that touched it', () => {
	const log = [
		'\u00002026-11-23T10:00:00+00:00\n\ncontent/essays/a.mdx\n',
		'\u00002026-11-01T09:00:00+00:00\n\ncontent/essays/a.mdx\ncontent/essays/b.mdx\n',
	].join('');
	const dates = lastCommitDates(log);
	expect(dates.get('content/essays/a.mdx')?.toISOString()).toBe('2026-11-23T10:00:00.000Z');
	expect(dates.get('content/essays/b.mdx')?.toISOString()).toBe('2026-11-01T09:00:00.000Z');
	expect(dates.size).toBe(2);
});

test('an empty log gives no dates', () => {
	expect(lastCommitDates('').size).toBe(0);
});
