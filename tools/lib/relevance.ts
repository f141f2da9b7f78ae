/**
 * Scoring the golden queries (tests/e2e/golden-queries.json): the top-3 hit rate and the mean
 * reciprocal rank, overall and per kind, against the rate each kind must reach.
 */

/** The kinds of golden query, in the order the report lists them. */
export const GOLDEN_KINDS = [
	'exact',
	'phrase',
	'typo',
	'synonym',
	'question',
	'no-answer',
] as const;
export type GoldenKind = (typeof GOLDEN_KINDS)[number];

/**
 * The top-3 hit rate each kind must reach. Exact words, phrases and queries with no answer leave
 * no room for judgment; typos, synonyms and questions may miss now and then.
 */
export const REQUIRED_RATES: Record<GoldenKind, number> = {
	exact: 1,
	phrase: 1,
	typo: 0.9,
	synonym: 0.9,
	question: 0.9,
	'no-answer': 1,
};

/** A golden query: what a reader types, and the page that must come back near the top. */
export interface GoldenQuery {
	kind: GoldenKind;
	query: string;
	/**
	 * The path of the page that must be among the top results; with a fragment for a glossary
	 * term (`/glossary/#prime`). None for a no-answer query, which must return nothing.
	 */
	expect?: string;
}

/** What one golden query returned. */
export interface GoldenOutcome extends GoldenQuery {
	/** Result addresses in rank order, without the highlight query (see `resultPath`). */
	returned: string[];
}

/** A result's address without the highlight query: `/glossary/?highlight=a#prime` is `/glossary/#prime`. */
export function resultPath(url: string): string {
	return url.replace(/\?[^#]*/, '');
}

/** Whether a returned address is the expected page: a page is expected whole, a term by its anchor. */
function isExpected(expected: string, returned: string): boolean {
	return (
		returned === expected || (!expected.includes('#') && returned.replace(/#.*$/, '') === expected)
	);
}

/** The rank of the expected page (1 is first), Infinity when absent; a no-answer query ranks 1 when empty. */
export function expectedRank(outcome: GoldenOutcome): number {
	if (outcome.expect === undefined) return outcome.returned.length === 0 ? 1 : Infinity;
	const index = outcome.returned.findIndex((returned) => isExpected(outcome.expect!, returned));
	return index < 0 ? Infinity : index + 1;
}

interface KindReport {
	count: number;
	hits: number;
	rate: number;
	mrr: number;
}

function summarise(outcomes: GoldenOutcome[], k: number): KindReport {
	const ranks = outcomes.map(expectedRank);
	const hits = ranks.filter((rank) => rank <= k).length;
	const count = outcomes.length;
	return {
		count,
		hits,
		rate: count ? hits / count : 0,
		mrr: count ? ranks.reduce((sum, rank) => sum + 1 / rank, 0) / count : 0,
	};
}

/** The hit rate and MRR overall and per kind, the queries that missed the top `k`, and the kinds below their required rate. */
export function relevanceReport(outcomes: GoldenOutcome[], k = 3) {
	const kinds = GOLDEN_KINDS.filter((kind) => outcomes.some((outcome) => outcome.kind === kind));
	const byKind = Object.fromEntries(
		kinds.map((kind) => [
			kind,
			summarise(
				outcomes.filter((outcome) => outcome.kind === kind),
				k,
			),
		]),
	) as Partial<Record<GoldenKind, KindReport>>;
	return {
		...summarise(outcomes, k),
		byKind,
		misses: outcomes.filter((outcome) => expectedRank(outcome) > k),
		belowRequired: kinds.filter((kind) => byKind[kind]!.rate < REQUIRED_RATES[kind]),
	};
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** The report as lines for the test log: overall, then one line per kind, then each miss. */
export function formatRelevance(report: ReturnType<typeof relevanceReport>, k = 3): string {
	const lines = [
		`Search relevance: top-${k} hit rate ${percent(report.rate)} (${report.hits}/${report.count}), mean reciprocal rank ${report.mrr.toFixed(2)}`,
	];
	for (const [kind, kindReport] of Object.entries(report.byKind)) {
		const required = percent(REQUIRED_RATES[kind as GoldenKind]);
		lines.push(
			`  ${kind.padEnd(9)} ${percent(kindReport.rate).padStart(4)} (${kindReport.hits}/${kindReport.count}, MRR ${kindReport.mrr.toFixed(2)}, needs ${required})`,
		);
	}
	for (const miss of report.misses) {
		lines.push(
			miss.expect === undefined
				? `  missed: "${miss.query}" must find nothing, got ${miss.returned.slice(0, k).join(', ')}`
				: `  missed: "${miss.query}" expected ${miss.expect}, got ${miss.returned.slice(0, k).join(', ') || 'nothing'}`,
		);
	}
	return lines.join('\n');
}
