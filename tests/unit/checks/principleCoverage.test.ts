import { expect, test } from 'vitest';
import { uncoveredPrinciples } from '../../../src/checks/principleCoverage.ts';

const pointing = (...ids: string[]) => ({ principles: ids.map((id) => ({ id })) });

test('a principle with a case study and an essay is covered', () => {
	expect(uncoveredPrinciples(['a'], [pointing('a')], [pointing('a', 'b')])).toEqual([]);
});

test('what each principle lacks is named', () => {
	expect(uncoveredPrinciples(['a', 'b', 'c'], [pointing('a')], [pointing('b')])).toEqual([
		{ id: 'a', missing: ['essay'] },
		{ id: 'b', missing: ['case study'] },
		{ id: 'c', missing: ['case study', 'essay'] },
	]);
});
