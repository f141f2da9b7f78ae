/**
 * The body of each kind of entry page, below its title and facts. A collection whose page is its
 * MDX text and nothing more needs no entry here: the route falls back to `MdxBody`.
 */
import type { CollectionEntry, render } from 'astro:content';
import type { PageCollection } from '../../model/collections.ts';
import type { Site } from '../../model/build/loadSite.ts';
import CaseStudyBody from './CaseStudyBody.astro';
import MdxBody from './MdxBody.astro';
import PathBody from './PathBody.astro';
import PrincipleBody from './PrincipleBody.astro';
import SourceBody from './SourceBody.astro';

/** What every body receives from the route: its entry, the site, and its rendered MDX if any. */
export interface EntryBodyProps<C extends PageCollection> {
	entry: CollectionEntry<C>;
	site: Site;
	/** The entry's MDX, rendered; undefined for YAML entries. */
	Content?: Awaited<ReturnType<typeof render>>['Content'];
}

type Body = (props: EntryBodyProps<never>) => unknown;

/** Bodies that differ from plain MDX, by collection. */
const BODIES: Partial<Record<PageCollection, Body>> = {
	principles: PrincipleBody as Body,
	'case-studies': CaseStudyBody as Body,
	paths: PathBody as Body,
	sources: SourceBody as Body,
};

/** The component that renders the body of `collection`'s pages. */
export function entryBody(collection: PageCollection): Body {
	return BODIES[collection] ?? (MdxBody as Body);
}

/**
 * Bodies as a path's print version shows them, where they differ from the page: a principle's
 * hub (its letters, case studies, essays and related principles) is a list of links that paper
 * cannot follow, and it ran to ten printed pages for one step, so the print version leaves it out.
 */
const PRINTED: Partial<Record<PageCollection, Body>> = { principles: MdxBody as Body };

/** The component that renders the body of `collection`'s pages in a path's print version. */
export function printedBody(collection: PageCollection): Body {
	return PRINTED[collection] ?? entryBody(collection);
}
