/** A golden query: what a reader types, and the page that must come back near the top. */
export interface GoldenQuery {
	kind: 'exact' | 'phrase' | 'typo' | 'synonym';
	query: string;
	/** The path of the page that must be among the top results. */
	expect: string;
}

/** What one golden query returned. */
export interface GoldenOutcome extends GoldenQuery {
	/** Result paths in rank order (query strings and fragments removed). */
	returned: string[];
}

/** Result URL as a path, without the highlight query or a section fragment. */
export function resultPath(url: string): string {
	return url.replace(/[?#].*$/, '');
}

/** Hit rate overall and per kind, and the queries that missed the top `k`. */
export function relevanceReport(outcomes: GoldenOutcome[], k = 3) {
	const hit = (outcome: GoldenOutcome) => outcome.returned.slice(0, k).includes(outcome.expect);
	const kinds = [...new Set(outcomes.map((outcome) => outcome.kind))];
	const rate = (list: GoldenOutcome[]) => (list.length ? list.filter(hit).length / list.length : 0);
	return {
		hitRate: rate(outcomes),
		byKind: Object.fromEntries(
			kinds.map((kind) => [kind, rate(outcomes.filter((outcome) => outcome.kind === kind))]),
		),
		misses: outcomes.filter((outcome) => !hit(outcome)),
	};
}

/** The report as lines for the test log: `top-3 hit rate 97% (33/34); exact 100%, ...`. */
export function formatRelevance(
	report: ReturnType<typeof relevanceReport>,
	total: number,
	k = 3,
): string {
	const percent = (value: number) => `${Math.round(value * 100)}%`;
	const kinds = Object.entries(report.byKind).map(([kind, value]) => `${kind} ${percent(value)}`);
	const lines = [
		`Search relevance: top-${k} hit rate ${percent(report.hitRate)} (${total - report.misses.length}/${total}); ${kinds.join(', ')}`,
	];
	for (const miss of report.misses)
		lines.push(
			`  missed: "${miss.query}" expected ${miss.expect}, got ${miss.returned.slice(0, k).join(', ') || 'nothing'}`,
		);
	return lines.join('\n');
}
