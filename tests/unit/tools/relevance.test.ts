import { expect, test } from 'vitest';
import {
	expectedRank,
	formatRelevance,
	relevanceReport,
	resultPath,
	type GoldenOutcome,
} from '../../../tools/lib/relevance.ts';

test('result addresses lose the highlight query but keep a glossary anchor', () => {
	expect(resultPath('/essays/x/?highlight=a')).toBe('/essays/x/');
	expect(resultPath('/glossary/?highlight=a&highlight=b#prime')).toBe('/glossary/#prime');
});

test('a page is expected whole and a glossary term by its anchor', () => {
	const outcome = (expect: string, returned: string[]): GoldenOutcome => ({
		kind: 'exact',
		query: 'q',
		expect,
		returned,
	});
	expect(expectedRank(outcome('/essays/x/', ['/a/', '/essays/x/#why']))).toBe(2);
	expect(expectedRank(outcome('/glossary/#prime', ['/glossary/#proxy']))).toBe(Infinity);
	expect(expectedRank(outcome('/glossary/#prime', ['/glossary/#prime']))).toBe(1);
});

test('a no-answer query hits only when nothing is returned', () => {
	const noAnswer = (returned: string[]): GoldenOutcome => ({
		kind: 'no-answer',
		query: 'kubernetes',
		returned,
	});
	expect(expectedRank(noAnswer([]))).toBe(1);
	expect(expectedRank(noAnswer(['/a/']))).toBe(Infinity);
});

test('the report gives hit rate and MRR per kind, names the misses and the kinds below their rate', () => {
	const outcomes: GoldenOutcome[] = [
		{ kind: 'exact', query: 'prime', expect: '/a/', returned: ['/b/', '/a/'] },
		{ kind: 'typo', query: 'prmie', expect: '/a/', returned: ['/b/', '/c/', '/d/', '/a/'] },
		{ kind: 'no-answer', query: 'pizza', returned: ['/b/'] },
	];
	const report = relevanceReport(outcomes);
	expect(report.rate).toBeCloseTo(1 / 3);
	expect(report.byKind.exact).toEqual({ count: 1, hits: 1, rate: 1, mrr: 0.5 });
	expect(report.byKind.typo?.mrr).toBe(0.25);
	expect(report.belowRequired).toEqual(['typo', 'no-answer']);
	expect(formatRelevance(report)).toMatchInlineSnapshot(`
		"Search relevance: top-3 hit rate 33% (1/3), mean reciprocal rank 0.25
		  exact     100% (1/1, MRR 0.50, needs 100%)
		  typo        0% (0/1, MRR 0.25, needs 90%)
		  no-answer   0% (0/1, MRR 0.00, needs 100%)
		  missed: "prmie" expected /a/, got /b/, /c/, /d/
		  missed: "pizza" must find nothing, got /b/"
	`);
});
