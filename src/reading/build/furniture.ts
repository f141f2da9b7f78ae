/**
 * Everything around an entry's text: its kind, title, lead and facts, where it sits (breadcrumbs,
 * its section, its neighbors and the paths that include it), how long and how fresh it is, who
 * keeps it, what it cites and the glossary terms it uses. Computed from the content once per page
 * by the route, and handed to the layout as it is. An edge: dates come from git.
 */
import { MAIN_BRANCH, REPOSITORY_URL } from '../../config.ts';
import {
	collectionRecord,
	describeEntry,
	type CollectionName,
	type CollectionRecord,
} from '../../model/collections.ts';
import { collectionPath, entryPath, sitePath } from '../../model/urls.ts';
import { PAGE_WEIGHTS } from '../../search/pageWeights.ts';
import { citationsIn } from '../../checks/quotations.ts';
import { sourceListIds } from '../citationMarkers.ts';
import { neighbors } from '../neighbors.ts';
import { readingTime } from '../readingTime.ts';
import { sidebarWindow } from '../sidebarWindow.ts';
import { isReviewOverdue } from '../reviewStatus.ts';
import { lastUpdated } from './lastUpdated.ts';
import {
	lookUp,
	positionIn,
	type AnyEntry,
	type Principle,
	type Site,
	type Source,
} from '../../model/build/loadSite.ts';

/** A link with its text. */
export interface Link {
	href: string;
	label: string;
}

/** Where a page sits on one onboarding path. */
export interface PathPlace {
	path: Link;
	step: number;
	total: number;
	previous?: Link;
	next?: Link;
}

function linkTo(entry: AnyEntry, base: string): Link {
	return {
		href: entryPath(entry.collection, entry.id, base),
		label: describeEntry(entry.collection, entry as never).title,
	};
}

/** The paths that include `entry`, with the steps before and after it on each. */
function pathPlaces(site: Site, entry: AnyEntry, base: string): PathPlace[] {
	return site.paths.flatMap((path) => {
		const steps = path.data.steps;
		const index = steps.findIndex(
			(step) => step.page.collection === entry.collection && step.page.id === entry.id,
		);
		if (index < 0) return [];
		const stepLink = (offset: number): Link | undefined => {
			const step = steps[index + offset];
			if (!step) return undefined;
			const ref = { collection: step.page.collection as CollectionName, id: step.page.id };
			return linkTo(lookUp(site, ref), base);
		};
		return [
			{
				path: linkTo(path, base),
				step: index + 1,
				total: steps.length,
				previous: stepLink(-1),
				next: stepLink(1),
			},
		];
	});
}

/** The references an entry's front matter makes to principles and sources, where it has them. */
interface Citing {
	principles?: Array<{ collection: 'principles'; id: string }>;
	sources?: Array<{ collection: 'sources'; id: string }>;
	owner?: string;
	reviewBy?: Date;
}

/**
 * The titles of the principles a page is filed under: those it names, or itself for a principle.
 * Search filters by them, and the page's social card shows them.
 */
export function principleTitles(site: Site, entry: AnyEntry): string[] {
	if (entry.collection === 'principles') return [describeEntry('principles', entry).title];
	return ((entry.data as Citing).principles ?? []).map((ref) => lookUp(site, ref).data.title);
}

/**
 * What heads an entry wherever it is shown whole, on its own page or in a path's print version:
 * its kind, title, lead, line of facts and the sources it cites.
 */
export function entryHeading(site: Site, entry: AnyEntry) {
	const record = collectionRecord(entry.collection as CollectionName);
	const description = describeEntry(entry.collection, entry as never);
	return {
		kind: record.label.one,
		title: description.title,
		lead: description.lead,
		meta: description.pageMeta,
		sources: sourceList(site, entry),
	};
}

/**
 * The sources an entry lists at its end, in the order its citation markers number them (the
 * Markdown plugin, `citationMarkerPlugin.ts`, numbers them by the same `sourceListIds`).
 */
function sourceList(site: Site, entry: AnyEntry): Source[] {
	const listed = ((entry.data as Citing).sources ?? []).map((ref) => ref.id);
	const cited = citationsIn(entry.body ?? '').flatMap((citation) => citation.source ?? []);
	return sourceListIds(entry, listed, cited).map((id) =>
		lookUp(site, { collection: 'sources', id }),
	) as Source[];
}

/**
 * The furniture of one entry's page. `now` decides whether a review date has passed;
 * `linkedTerms` are the ids of the glossary terms its text links (the Markdown plugin,
 * `glossaryLinks.ts`, says which), so "Terms on this page" lists exactly those.
 */
export function furnitureFor(
	site: Site,
	entry: AnyEntry,
	base: string,
	now: Date,
	linkedTerms: readonly string[],
) {
	const collection = entry.collection;
	const record = collectionRecord(collection) as CollectionRecord<CollectionName>;
	const siblings: AnyEntry[] = site[collection];
	const position = positionIn(siblings, entry.id);
	const { previous, next } = neighbors(siblings, position);
	const shown = sidebarWindow(siblings, position);
	const data = entry.data as Citing;
	const body = entry.body ?? '';
	const heading = entryHeading(site, entry);
	const principles: Principle[] = (data.principles ?? []).map((ref) => lookUp(site, ref));
	const sections = record.label.many;
	return {
		...heading,
		titleWeight: record.titleWeight ?? PAGE_WEIGHTS.title,
		principles,
		principlesLabel: record.principlesLabel,
		/** The principles search may filter this page by. */
		filterPrinciples: principleTitles(site, entry),
		breadcrumbs: [
			{ href: sitePath('home', base), label: 'Home' },
			{ href: collectionPath(collection, base), label: sections },
		] satisfies Link[],
		section: {
			label: sections,
			items: shown.items.map((sibling) => ({
				...linkTo(sibling, base),
				current: sibling.id === entry.id,
			})),
			/** The section's list page, shown when the sidebar leaves entries out. */
			all:
				shown.hidden > 0
					? {
							href: collectionPath(collection, base),
							label: `All ${siblings.length} ${sections.toLowerCase()}`,
						}
					: undefined,
		},
		previous: previous && linkTo(previous, base),
		next: next && linkTo(next, base),
		paths: pathPlaces(site, entry, base),
		readingMinutes: body ? readingTime(body) : undefined,
		updated: lastUpdated(entry),
		editUrl: entry.filePath ? `${REPOSITORY_URL}/edit/${MAIN_BRANCH}/${entry.filePath}` : undefined,
		owner: data.owner,
		reviewBy: data.reviewBy,
		reviewOverdue: isReviewOverdue(data.reviewBy, now),
		terms: site.glossary
			.filter((term) => linkedTerms.includes(term.id))
			.map((term) => ({ href: entryPath('glossary', term.id, base), label: term.data.term })),
	};
}

export type Furniture = ReturnType<typeof furnitureFor>;
