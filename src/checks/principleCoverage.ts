/** An entry that points at principles, as the coverage check needs it. */
export interface PointsAtPrinciples {
	principles: Array<{ id: string }>;
}

/** A principle and what it lacks. */
export interface UncoveredPrinciple {
	id: string;
	missing: Array<'case study' | 'essay'>;
}

/**
 * Principles that no case study illustrates or no essay discusses. Every principle needs both, so
 * a reader who lands on it can see it in practice and read further.
 */
export function uncoveredPrinciples(
	principleIds: string[],
	caseStudies: PointsAtPrinciples[],
	essays: PointsAtPrinciples[],
): UncoveredPrinciple[] {
	const named = (entries: PointsAtPrinciples[]) =>
		new Set(entries.flatMap((entry) => entry.principles.map((p) => p.id)));
	const illustrated = named(caseStudies);
	const discussed = named(essays);
	return principleIds
		.map((id) => ({
			id,
			missing: [
				...(illustrated.has(id) ? [] : (['case study'] as const)),
				...(discussed.has(id) ? [] : (['essay'] as const)),
			],
		}))
		.filter((principle) => principle.missing.length > 0);
}
