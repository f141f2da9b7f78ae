/**
 * The one place that reads the content collections (an edge: it calls `astro:content`). It loads
 * every collection of the registry once per build, drops drafts from production, checks every
 * reference between entries and fails the build with an author-facing message when one names no
 * entry. Routes call it once each and hand what they need down; layouts and components receive.
 * The one exception is `citedSource()`, for the MDX components `<Cite>` and `<Quote>`, which
 * authors place inside the text where no route can pass them props.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { findBrokenReferences } from '../../checks/contentReferences.ts';
import { brokenReferenceProblem, formatContentProblems } from '../../checks/contentErrors.ts';
import { bodyCitationProblems, citableSources } from '../../checks/bodyCitations.ts';
import { ContentError } from '../../checks/ContentError.ts';
import {
	ALL_COLLECTIONS,
	LETTER_KIND,
	PAGE_COLLECTIONS,
	collectionRecord,
	type CollectionName,
	type CollectionRecord,
} from '../collections.ts';
import { withCitingPrinciples } from '../citedLetters.ts';

export type Principle = CollectionEntry<'principles'>;
export type Essay = CollectionEntry<'essays'>;
export type CaseStudy = CollectionEntry<'case-studies'>;
export type Source = CollectionEntry<'sources'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;
export type ReadingPath = CollectionEntry<'paths'>;
export type AnyEntry = CollectionEntry<CollectionName>;

/** Every published entry, by collection, each in the order its record gives. */
export type Site = { [C in CollectionName]: CollectionEntry<C>[] };

let loading: Promise<Site> | undefined;

/** Loads and checks the whole site once; later calls share the first result. */
export function loadSite(): Promise<Site> {
	loading ??= readSite();
	return loading;
}

/** The published entries of one collection, in its record's order. */
async function readCollection<C extends CollectionName>(name: C): Promise<CollectionEntry<C>[]> {
	const record = collectionRecord(name) as CollectionRecord<CollectionName>;
	const entries = (await getCollection(
		name,
		(entry) => import.meta.env.DEV || !record.isDraft?.(entry.data),
	)) as CollectionEntry<C>[];
	return entries.sort((a, b) => record.compare(a.data, b.data));
}

async function readSite(): Promise<Site> {
	const lists = await Promise.all(ALL_COLLECTIONS.map((name) => readCollection(name)));
	const site = Object.fromEntries(
		ALL_COLLECTIONS.map((name, index) => [name, lists[index]]),
	) as Site;
	const all: AnyEntry[] = lists.flat();
	const filePath = (entry: AnyEntry) => entry.filePath ?? `content/${entry.collection}/${entry.id}`;
	const broken = findBrokenReferences(
		all.map((entry) => ({
			collection: entry.collection,
			id: entry.id,
			filePath: filePath(entry),
			data: entry.data,
		})),
	);
	const sourceIds = site.sources.map((source) => source.id);
	const citationProblems = all
		.filter((entry) => /\.mdx?$/.test(filePath(entry)) && 'sources' in entry.data)
		.flatMap((entry) =>
			bodyCitationProblems(
				{
					filePath: filePath(entry),
					body: entry.body ?? '',
					listedSources: citableSources(
						entry.collection,
						entry.id,
						(entry.data as { sources: Array<{ id: string }> }).sources.map((ref) => ref.id),
					),
				},
				sourceIds,
			),
		);
	const problems = [...broken.map(brokenReferenceProblem), ...citationProblems];
	if (problems.length > 0) throw new ContentError(formatContentProblems(problems));
	// A principle page that cites a letter says the letter states it: every reader of a letter's
	// principles, from "Through the letters" to search, gets those too.
	const traced = new Map(
		withCitingPrinciples(shareholderLetters(site), site.principles).map((letter) => [
			letter.id,
			letter,
		]),
	);
	site.sources = site.sources.map((source) => traced.get(source.id) ?? source);
	return site;
}

/**
 * The shareholder letters among the sources, in the sources' order (publication order): what a
 * principle's "Through the letters", the map of the principles and the timeline read.
 */
export function shareholderLetters(site: Site): Source[] {
	return site.sources.filter((source) => source.data.kind === LETTER_KIND);
}

const positions = new WeakMap<AnyEntry[], Map<string, number>>();

/**
 * Where the entry `id` stands in `list`, one of the site's collections, or -1. Every page asks
 * this of its section and of what it references, so each list is indexed once: a scan per page
 * would make a 10,000-page build take 10,000 × 10,000 steps.
 */
export function positionIn(list: AnyEntry[], id: string): number {
	let index = positions.get(list);
	if (!index) {
		index = new Map(list.map((entry, position) => [entry.id, position]));
		positions.set(list, index);
	}
	return index.get(id) ?? -1;
}

/** Finds the entry a reference names. `loadSite()` has already proved that it exists. */
export function lookUp<C extends CollectionName>(
	site: Site,
	ref: { collection: C; id: string },
): CollectionEntry<C> {
	const list = site[ref.collection] as CollectionEntry<C>[];
	const entry = list[positionIn(list, ref.id)];
	if (!entry) throw new ContentError(`No ${ref.collection} entry "${ref.id}".`);
	return entry;
}

/**
 * The source a `<Cite>` or `<Quote>` in MDX names: the one documented place below the routes
 * that reads the site, because authors write these components inside the text.
 */
export async function citedSource(id: string): Promise<Source> {
	return lookUp(await loadSite(), { collection: 'sources', id });
}

/**
 * The static paths of every entry with a page of its own, each with the entry and the site as
 * props: shared by the page route and its Markdown twin, so both list the same pages.
 */
export function entryPageRoutes(site: Site) {
	return PAGE_COLLECTIONS.flatMap((collection) =>
		(site[collection] as AnyEntry[]).map((entry) => ({
			params: { collection, id: entry.id },
			props: { entry, site },
		})),
	);
}
