import { expect, test } from 'vitest';
import { formatRelevance, relevanceReport, resultPath } from '../../../tools/lib/relevance.ts';

test('result URLs are compared without highlight or section', () => {
	expect(resultPath('/essays/x/?highlight=a#why')).toBe('/essays/x/');
});

test('the report counts hits in the top 3 overall and per kind, and names the misses', () => {
	const outcomes = [
		{ kind: 'exact' as const, query: 'prime', expect: '/a/', returned: ['/b/', '/a/'] },
		{
			kind: 'typo' as const,
			query: 'prmie',
			expect: '/a/',
			returned: ['/b/', '/c/', '/d/', '/a/'],
		},
	];
	const report = relevanceReport(outcomes);
	expect(report.hitRate).toBe(0.5);
	expect(report.byKind).toEqual({ exact: 1, typo: 0 });
	expect(formatRelevance(report, 2)).toMatchInlineSnapshot(`
		"Search relevance: top-3 hit rate 50% (1/2); exact 100%, typo 0%
		  missed: "prmie" expected /a/, got /b/, /c/, /d/"
	`);
});
