/**
 * Search for the dialog and the search page: Pagefind's index, checked against the words the
 * reader typed, plus the site's synonyms, typo correction and partial matches. Loaded on demand;
 * nothing here runs until a reader reaches for search.
 *
 * The order of a search: the meaningful words together (function words need not match, and
 * synonyms are searched too); if no page really has them all, each word alone, correcting the
 * ones no page has; then those words together again, or, when no page has them all, the pages
 * with the most of them. A question goes straight to its words alone, and its pages are ranked
 * by how well they match all of them.
 */
import { closestWords, correctWord } from '../correctQuery.ts';
import { meaningfulWords } from '../functionWords.ts';
import { mergeByWordsMatched, mergeResults } from '../mergeResults.ts';
import { RANKING } from '../ranking.ts';
import { resultExcerpt, EXCERPT_WORDS } from '../resultExcerpt.ts';
import { resultSections, type PageAnchor, type ResultSection } from '../resultSections.ts';
import type { SearchSummary } from '../searchQuery.ts';
import type { SearchState } from '../searchState.ts';
import { pagefindFilters } from '../searchUrl.ts';
import {
	readSearchData,
	wordKnower,
	type SearchData,
	type SearchDataFile,
} from '../searchVocabulary.ts';
import { pageTextWords, searchWords } from '../searchWords.ts';
import { queryPlan } from '../synonyms.ts';
import { realLocations, stemMayBeShort, wordsFoundAt } from '../wordMatch.ts';
import { sitePath } from '../../model/urls.ts';

interface PagefindHit {
	id: string;
	score: number;
	/** Positions of the matched words in the page's text (see `pageTextWords`). */
	words: number[];
	data(): Promise<PagefindData>;
}
/**
 * A page as Pagefind loads it. Pagefind keeps one such object per page and rewrites its
 * match positions on every `data()` call, so two searches that find the same page share it: the
 * positions are read from the hit instead (docs/stack-traps.md).
 */
interface PagefindData {
	url: string;
	/** The page's text. */
	content: string;
	meta: { title?: string };
	filters?: Record<string, string[]>;
	/** Elements with an id, where the sections of the page begin. */
	anchors?: PageAnchor[];
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	preload(query: string): Promise<void>;
	search(
		query: string,
		options?: { filters?: Record<string, unknown> },
	): Promise<{ results: PagefindHit[] } | null>;
}

/** One result as the interface shows it. */
export interface ResultView {
	url: string;
	title: string;
	/** The passage where the words matched: escaped page text with <mark> around them. */
	excerpt: string;
	type?: string;
	/** The principles the page is filed under, if any. */
	principles: string[];
	sections: ResultSection[];
}

/** What a search found. */
export interface SearchOutcome extends SearchSummary {
	results: ResultView[];
	/** When nothing matched: the handbook's words closest to the ones typed. */
	suggestions: string[];
}

const base = import.meta.env.BASE_URL;
const searchDataPath = sitePath('searchData', base);
/** The search data, with a remembered answer to whether the handbook uses a word. */
type LoadedData = SearchData & { known: (word: string) => boolean };

let loading: Promise<{ pagefind: Pagefind; data: LoadedData }> | undefined;

/** Loads Pagefind and the search data once; a failure can be retried. */
export function loadSearch() {
	loading ??= (async () => {
		const [pagefind, response] = await Promise.all([
			import(/* @vite-ignore */ sitePath('pagefind', base)) as Promise<Pagefind>,
			fetch(searchDataPath),
		]);
		if (!response.ok) throw new Error(`${searchDataPath}: ${response.status}`);
		// baseUrl: result links must carry the base path when the site is served under one.
		// `dayOneRanking` lets tools/tune-ranking.mjs try other weights through this very code.
		await pagefind.options({
			ranking: (globalThis as { dayOneRanking?: typeof RANKING }).dayOneRanking ?? RANKING,
			excerptLength: EXCERPT_WORDS,
			highlightParam: 'highlight',
			baseUrl: base,
		});
		const data = readSearchData((await response.json()) as SearchDataFile);
		return { pagefind, data: { ...data, known: wordKnower(data) } };
	})();
	loading.catch(() => (loading = undefined));
	return loading;
}

/**
 * Pagefind's pages for `words` together, if the best page really has them all; the next
 * `prefetch` pages start loading meanwhile.
 */
async function pagesWithAll(
	pagefind: Pagefind,
	data: LoadedData,
	words: string[],
	filters: Record<string, unknown>,
	prefetch: number,
): Promise<PagefindHit[]> {
	const search = async (query: string) =>
		(await pagefind.search(query, { filters }))?.results ?? [];
	// A word with a very short stem must match it exactly, not every word it begins ("aws" is not
	// "away"): a quoted search finds those pages (unranked), and the ranked hits keep only them.
	const [ranked, ...exact] = await Promise.all([
		search(words.join(' ')),
		...words.filter(stemMayBeShort).map((word) => search(`"${word}"`)),
	]);
	const hits = exact.reduce((kept, pages) => {
		const ids = new Set(pages.map((page) => page.id));
		return kept.filter((hit) => ids.has(hit.id));
	}, ranked!);
	if (hits.length === 0) return [];
	// The pages likely to be shown start loading now, alongside the check of the best one.
	for (const hit of hits.slice(1, prefetch)) void hit.data().catch(() => {});
	// Pagefind's fallbacks (see wordMatch.ts) apply to a word on every page alike, so the best
	// page tells for all of them.
	const top = hits[0]!;
	const { content } = await top.data();
	const found = wordsFoundAt(words, pageTextWords(content), top.words, data.known);
	return found.size === new Set(words).size ? hits : [];
}

/**
 * Searching with one state's filters. `find` gives the pages with all of `words`, or with a
 * variant of them in which a synonym replaces an alias; `synonymsUsed` remembers each alias whose
 * term found pages, so the status line can say so.
 */
function searcher(pagefind: Pagefind, data: LoadedData, filters: Record<string, unknown>) {
	const synonymsUsed = new Map<string, string>();
	async function find(words: string[], prefetch = 0): Promise<PagefindHit[]> {
		const plan = queryPlan(words.join(' '), data.synonyms);
		const lists = await Promise.all(
			// Only the first variant prefetches: a page that two searches load at once is one shared
			// object, whose address would carry either search's words to highlight (stack trap 8).
			plan.variants.map((variant, i) =>
				pagesWithAll(pagefind, data, searchWords(variant.text), filters, i === 0 ? prefetch : 0),
			),
		);
		plan.variants.forEach(({ synonym }, i) => {
			if (synonym && lists[i]!.length > 0) synonymsUsed.set(synonym.alias, synonym.term);
		});
		return mergeResults(lists, plan.order);
	}
	return { find, synonymsUsed };
}

/**
 * A result as shown, or undefined when the page has none of `wanted` at the positions Pagefind
 * matched (only the best page of each search was checked before); only those words are marked.
 * Called for distinct pages only, so no other search rewrites `page` meanwhile.
 */
async function resultView(
	hit: PagefindHit,
	wanted: string[],
	data: LoadedData,
): Promise<ResultView | undefined> {
	const page = await hit.data();
	const words = pageTextWords(page.content);
	const marked = realLocations(wanted, words, hit.words, data.known);
	if (marked.length === 0) return undefined;
	const title = page.meta.title ?? page.url;
	return {
		url: page.url,
		title,
		excerpt: resultExcerpt(words, marked, title),
		type: page.filters?.type?.[0],
		principles: page.filters?.principle ?? [],
		sections: resultSections(words, page.anchors ?? [], marked, page.url),
	};
}

/** The pages for `state` and how they were found; see the module comment for the order. */
async function findPages(
	pagefind: Pagefind,
	data: LoadedData,
	state: SearchState,
	limit: number,
): Promise<{
	hits: PagefindHit[];
	summary: SearchSummary;
	suggestions: string[];
	/** The words searched, with corrections and the terms of synonyms used. */
	searched: string[];
}> {
	const { query } = state;
	const { find, synonymsUsed } = searcher(pagefind, data, pagefindFilters(state));
	const synonyms = () => [...synonymsUsed].map(([alias, term]) => ({ alias, term }));
	const searchedWith = (words: string[]) => [
		...words,
		...[...synonymsUsed.values()].flatMap((term) => searchWords(term)),
	];
	const typed = searchWords(query);
	const words = [
		...new Set(Object.hasOwn(data.synonyms, typed.join(' ')) ? typed : meaningfulWords(typed)),
	];
	// A question ("how do I make decisions faster") is ranked by how well pages match its words
	// taken together, not only among the pages that have every one of them.
	const question = words.length >= 2 && words.length < typed.length;
	if (!question) {
		const together = await find(words, limit);
		if (together.length > 0)
			return {
				hits: together,
				summary: { query, total: together.length, synonyms: synonyms() },
				suggestions: [],
				searched: searchedWith(words),
			};
	}

	const alone = await Promise.all(words.map((word) => find([word])));
	const kept: string[] = [];
	const lists: PagefindHit[][] = [];
	const missing: string[] = [];
	const corrections = new Map<string, string>();
	for (const [i, word] of words.entries()) {
		const correction =
			alone[i]!.length > 0 || state.asTyped ? undefined : correctWord(word, data.vocabulary);
		const hits = correction ? await find([correction]) : alone[i]!;
		if (hits.length === 0) {
			missing.push(word);
			continue;
		}
		if (correction) corrections.set(word, correction);
		kept.push(correction ?? word);
		lists.push(hits);
	}
	// Mostly words the handbook does not have (pasted code, another language): nothing matches.
	if (kept.length === 0 || missing.length > kept.length) {
		const suggestions = [
			...new Set(missing.flatMap((word) => closestWords(word, data.vocabulary))),
		];
		return {
			hits: [],
			summary: { query, total: 0 },
			suggestions: suggestions.slice(0, 5),
			searched: [],
		};
	}
	const correctedQuery =
		corrections.size > 0 ? typed.map((word) => corrections.get(word) ?? word).join(' ') : undefined;
	const matchedQuery = missing.length > 0 ? kept.join(' ') : undefined;
	let hits: PagefindHit[];
	let ranking: Pick<SearchSummary, 'question' | 'partial' | 'matchedQuery'>;
	if (question && kept.length > 1) {
		// Pages with all the words, or with a phrase that is an alias ("type 2 decision"), count again.
		hits = mergeByWordsMatched([...lists, await find(kept)], 'score');
		ranking = { question: kept.join(' ') };
	} else {
		const retry =
			kept.length === 1
				? lists[0]!
				: kept.length < words.length || correctedQuery
					? await find(kept)
					: [];
		hits = retry.length > 0 ? retry : mergeByWordsMatched(lists);
		ranking = { matchedQuery, partial: retry.length === 0 };
	}
	return {
		hits,
		summary: {
			query,
			total: hits.length,
			correctedQuery,
			missing,
			synonyms: synonyms(),
			...ranking,
		},
		suggestions: [],
		searched: searchedWith(kept),
	};
}

/**
 * Searches for `state`. The state comes normalised (`normalizeSearchState`, which the search
 * controller applies to every search).
 */
export async function runSearch(state: SearchState, limit = 10): Promise<SearchOutcome> {
	if (searchWords(state.query).length === 0)
		return { query: state.query, total: 0, results: [], suggestions: [] };
	const { pagefind, data } = await loadSearch();
	const { hits, summary, suggestions, searched } = await findPages(pagefind, data, state, limit);
	const shown = await Promise.all(
		hits.slice(0, limit).map((hit) => resultView(hit, searched, data)),
	);
	const results = shown.filter((view) => view !== undefined);
	// Pages dropped by the check are not counted; pages past the limit are counted unchecked.
	const total = summary.total - (shown.length - results.length);
	return { ...summary, total, results, suggestions };
}
