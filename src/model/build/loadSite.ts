/**
 * The one place that reads the content collections. It loads every entry once per build, drops
 * drafts from production, checks every reference between entries and fails the build with an
 * author-facing message when one names no entry. Routes import from here, never from
 * `astro:content` directly, so no page can render from unchecked content.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { findBrokenReferences } from '../../checks/contentReferences.ts';
import { brokenReferenceProblem, formatContentProblems } from '../../checks/contentErrors.ts';
import { bodyCitationProblems } from '../../checks/bodyCitations.ts';
import { ContentError } from '../../checks/ContentError.ts';
import type { CollectionName } from '../collections.ts';

export type Principle = CollectionEntry<'principles'>;
export type Essay = CollectionEntry<'essays'>;
export type CaseStudy = CollectionEntry<'case-studies'>;
export type Source = CollectionEntry<'sources'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;
export type ReadingPath = CollectionEntry<'paths'>;
export type AnyEntry = CollectionEntry<CollectionName>;

/** Every published entry, each collection in the order the site lists it. */
export interface Site {
	principles: Principle[];
	essays: Essay[];
	caseStudies: CaseStudy[];
	sources: Source[];
	glossary: GlossaryTerm[];
	paths: ReadingPath[];
}

let loading: Promise<Site> | undefined;

/** Loads and checks the whole site once; later calls share the first result. */
export function loadSite(): Promise<Site> {
	loading ??= readSite();
	return loading;
}

async function readSite(): Promise<Site> {
	const [principles, essays, caseStudies, sources, glossary, paths] = await Promise.all([
		getCollection('principles'),
		getCollection('essays', (essay) => import.meta.env.DEV || !essay.data.draft),
		getCollection('case-studies'),
		getCollection('sources'),
		getCollection('glossary'),
		getCollection('paths'),
	]);
	const all: AnyEntry[] = [
		...principles,
		...essays,
		...caseStudies,
		...sources,
		...glossary,
		...paths,
	];
	const filePath = (entry: AnyEntry) => entry.filePath ?? `content/${entry.collection}/${entry.id}`;
	const broken = findBrokenReferences(
		all.map((entry) => ({
			collection: entry.collection,
			id: entry.id,
			filePath: filePath(entry),
			data: entry.data,
		})),
	);
	const sourceIds = sources.map((source) => source.id);
	const citationProblems = [...principles, ...essays, ...caseStudies].flatMap((entry) =>
		bodyCitationProblems(
			{
				filePath: filePath(entry),
				body: entry.body ?? '',
				listedSources: entry.data.sources.map((ref) => ref.id),
			},
			sourceIds,
		),
	);
	const problems = [...broken.map(brokenReferenceProblem), ...citationProblems];
	if (problems.length > 0) throw new ContentError(formatContentProblems(problems));
	return {
		principles: principles.sort((a, b) => a.data.order - b.data.order),
		essays: essays.sort((a, b) => b.data.published.getTime() - a.data.published.getTime()),
		caseStudies: caseStudies.sort((a, b) => a.data.year - b.data.year),
		sources: sources.sort((a, b) => a.data.published.localeCompare(b.data.published)),
		glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en')),
		paths: paths.sort((a, b) => a.data.order - b.data.order),
	};
}

/** Finds the entry a reference names. `loadSite()` has already proved that it exists. */
export function lookUp<C extends CollectionName>(
	site: Site,
	ref: { collection: C; id: string },
): CollectionEntry<C> {
	const entries = listOf(site, ref.collection) as CollectionEntry<C>[];
	const entry = entries.find((candidate) => candidate.id === ref.id);
	if (!entry) throw new ContentError(`No ${ref.collection} entry "${ref.id}".`);
	return entry;
}

/** The entries of one collection, in the site's order. */
export function listOf(site: Site, collection: CollectionName): AnyEntry[] {
	const lists: Record<CollectionName, AnyEntry[]> = {
		principles: site.principles,
		essays: site.essays,
		'case-studies': site.caseStudies,
		sources: site.sources,
		glossary: site.glossary,
		paths: site.paths,
	};
	return lists[collection];
}
