/**
 * Search for the dialog and the search page: Pagefind's index plus the site's synonyms and typo
 * correction. Loaded on demand; nothing here runs until a reader reaches for search.
 */
import { correctQuery } from '../correctQuery.ts';
import { mergeResults } from '../mergeResults.ts';
import { RANKING } from '../ranking.ts';
import type { SearchState } from '../searchState.ts';
import { pagefindFilters } from '../searchUrl.ts';
import { queryPlan } from '../synonyms.ts';
import { sitePath } from '../../model/urls.ts';

interface PagefindHit {
	id: string;
	score: number;
	data(): Promise<PagefindData>;
}
interface PagefindData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	filters?: Record<string, string[]>;
	sub_results?: Array<{ title: string; url: string; excerpt: string }>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	preload(query: string): Promise<void>;
	search(
		query: string,
		options?: { filters?: Record<string, unknown> },
	): Promise<{ results: PagefindHit[] } | null>;
}
interface SearchData {
	vocabulary: Record<string, number>;
	synonyms: Record<string, string>;
}

/** One result as the interface shows it. */
export interface ResultView {
	url: string;
	title: string;
	/** Pagefind's excerpt: the page's text, escaped, with <mark> around matched words. */
	excerpt: string;
	type?: string;
	sections: Array<{ url: string; title: string; excerpt: string }>;
}

/** What a search found. */
export interface SearchOutcome {
	query: string;
	/** The query actually searched when a typo was corrected. */
	correctedQuery?: string;
	total: number;
	results: ResultView[];
}

const base = import.meta.env.BASE_URL;
const searchDataPath = sitePath('searchData', base);
let loading: Promise<{ pagefind: Pagefind; data: SearchData }> | undefined;

/** Loads Pagefind and the search data once; a failure can be retried. */
export function loadSearch() {
	loading ??= (async () => {
		const [pagefind, response] = await Promise.all([
			import(/* @vite-ignore */ sitePath('pagefind', base)) as Promise<Pagefind>,
			fetch(searchDataPath),
		]);
		if (!response.ok) throw new Error(`${searchDataPath}: ${response.status}`);
		// baseUrl: result links must carry the base path when the site is served under one.
		await pagefind.options({
			ranking: RANKING,
			excerptLength: 24,
			highlightParam: 'highlight',
			baseUrl: base,
		});
		return { pagefind, data: (await response.json()) as SearchData };
	})();
	loading.catch(() => (loading = undefined));
	return loading;
}

async function find(
	pagefind: Pagefind,
	query: string,
	synonyms: Record<string, string>,
	filters: Record<string, unknown>,
) {
	const plan = queryPlan(query, synonyms);
	const lists = await Promise.all(
		plan.variants.map(
			async (variant) => (await pagefind.search(variant, { filters }))?.results ?? [],
		),
	);
	return mergeResults(lists, plan.order);
}

/**
 * Searches for `state`, correcting typos when the query as typed finds nothing. The state comes
 * normalised (`normalizeSearchState`, which the search controller applies to every search).
 */
export async function runSearch(state: SearchState, limit = 10): Promise<SearchOutcome> {
	const { query } = state;
	if (!query) return { query, total: 0, results: [] };
	const { pagefind, data } = await loadSearch();
	const filters = pagefindFilters(state);
	let hits = await find(pagefind, query, data.synonyms, filters);
	let correctedQuery: string | undefined;
	if (hits.length === 0) {
		const correction = correctQuery(query, data.vocabulary);
		if (correction.changed) {
			hits = await find(pagefind, correction.query, data.synonyms, filters);
			if (hits.length > 0) correctedQuery = correction.query;
		}
	}
	const results = await Promise.all(
		hits.slice(0, limit).map(async (hit) => {
			const page = await hit.data();
			return {
				url: page.url,
				title: page.meta.title ?? page.url,
				excerpt: page.excerpt,
				type: page.filters?.type?.[0],
				sections: (page.sub_results ?? [])
					.filter((section) => section.url.includes('#'))
					.slice(0, 3),
			};
		}),
	);
	return { query, correctedQuery, total: hits.length, results };
}
