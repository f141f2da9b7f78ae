import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { goldenOutcomes } from '../../tools/lib/goldenSearch.ts';
import {
	formatRelevance,
	GOLDEN_KINDS,
	relevanceReport,
	type GoldenQuery,
} from '../../tools/lib/relevance.ts';

const { queries } = JSON.parse(
	readFileSync(new URL('./golden-queries.json', import.meta.url), 'utf8'),
) as { queries: GoldenQuery[] };

test('every kind of golden query reaches its top-3 rate, and no-answer queries list nothing', async ({
	page,
	baseURL,
}) => {
	test.setTimeout(240_000);
	expect(queries.length).toBeGreaterThanOrEqual(80);
	for (const kind of GOLDEN_KINDS)
		expect(queries.filter((query) => query.kind === kind).length, kind).toBeGreaterThanOrEqual(10);
	const report = relevanceReport(await goldenOutcomes(page, baseURL!.replace(/\/$/, ''), queries));
	console.log(formatRelevance(report));
	expect(report.belowRequired).toEqual([]);
	expect(report.misses.filter((miss) => miss.kind === 'no-answer')).toEqual([]);
});
