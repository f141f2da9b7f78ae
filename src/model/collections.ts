/**
 * The registry: one record per collection, holding every fact about it that the site, the checks
 * and the tools need (its files, its names, whether entries get pages, what a list shows, its order,
 * its place in the header and the feed, the page a new entry starts from). Everything else derives
 * from here: the content config, the site loader, the header, list pages, search filters and
 * data, the feed, `npm run new` and the author checks.
 *
 * To add a collection: its schema (`contentSchemas.ts`), its record below, its content, and a
 * body component in `src/components/entries/` if its page looks different from plain MDX.
 * Order matters: the records' order is the order the site lists the sections in.
 */
import type { z } from 'astro/zod';
import type { contentSchemas } from './contentSchemas.ts';
import { formatDate } from '../reading/formatDate.ts';
import { ANCHORS } from './anchors.ts';
import { PAGE_WEIGHTS } from '../search/pageWeights.ts';

type Schemas = ReturnType<typeof contentSchemas>;

/** A collection's name: its folder under `content/` and the first segment of its addresses. */
export type CollectionName = keyof Schemas;

/** The data of one entry of collection `C`, as its schema produces it. */
export type EntryData<C extends CollectionName> = z.output<Schemas[C]>;

/** What the registry's functions read of an entry: its data, and its MDX body if it has one. */
export interface EntryLike<C extends CollectionName> {
	id: string;
	data: EntryData<C>;
	body?: string;
}

/** How an entry is named and introduced wherever it is listed or shown. */
export interface EntryDescription {
	title: string;
	/** The summary under the title: in lists, on the page and as its meta description. */
	lead: string;
	/** A short line of facts shown with the title in lists (a year, an author). */
	meta?: string;
	/** The line of facts under the lead on the entry's own page, which may say more than `meta`. */
	pageMeta?: string;
}

/** Everything the site and its tools know about one collection. */
export interface CollectionRecord<C extends CollectionName> {
	/** Reader-facing names: `one` names an entry's kind (and its search filter), `many` a list. */
	label: { one: string; many: string };
	/** The section's name in the header, when it has a place there. */
	nav?: string;
	/** File extensions the loader reads (without the dot), and the one a new entry takes. */
	files: { read: readonly string[]; create: string };
	/**
	 * `own`: each entry has a page at `/<collection>/<id>/`, listed at `/<collection>/`.
	 * `anchor`: entries share the page `/<collection>/`, each at its own `#<id>`.
	 */
	pages: 'own' | 'anchor';
	/** One sentence that introduces the section on its list page. */
	introduction: string;
	/** The date an entry says it last changed, for when git has none (an archive, not a clone). */
	dated?: (data: EntryData<C>) => Date | undefined;
	/** Whether an entry is left out of the published site (drafts); shown in dev all the same. */
	isDraft?: (data: EntryData<C>) => boolean;
	/** The order entries are listed in: negative when `a` comes first. */
	compare: (a: EntryData<C>, b: EntryData<C>) => number;
	/** Title, lead and facts, for lists, the entry's page, search and the feed. */
	describe: (entry: EntryLike<C>) => EntryDescription;
	/** Anchors this kind's pages add to every page's own (`PAGE_ANCHORS`), for the link check. */
	anchors?: readonly string[];
	/** Whether two entries may not share a title (glossary terms may share a page's name). */
	uniqueTitles: boolean;
	/** How much a match in an entry's title counts in search, when not the usual (`PAGE_WEIGHTS`). */
	titleWeight?: number;
	/** Labels the principles an entry names ("Shows", "Discusses"), when it names any. */
	principlesLabel?: string;
	/**
	 * For collections in the RSS feed: an item's date and its categories besides the kind
	 * (`updated` is the date git last changed the entry).
	 */
	feed?: (entry: EntryLike<C>, updated: Date | undefined) => { pubDate?: Date; tags: string[] };
	/**
	 * `npm run new -- <kind> "Title"`: the kind's name. The file a new entry starts from is
	 * `tools/templates/<kind><files.create>`.
	 */
	scaffold?: { kind: string };
}

/** Kinds of source documents the site cites, with the name a reader sees. */
export const SOURCE_KIND_LABELS = {
	'shareholder-letter': 'Shareholder letter',
	'leadership-principle': 'Leadership principle',
	video: 'Video',
	article: 'Article',
} as const;

/**
 * The kind of a letter to shareholders: a principle's "Through the letters", the map and the
 * timeline list these sources, and a principle page that cites one adds itself to the letter's
 * principles (`citedLetters.ts`).
 */
export const LETTER_KIND = 'shareholder-letter' satisfies keyof typeof SOURCE_KIND_LABELS;

// Pure: browser code that imports an address helper need not carry the registry along.
export const SOURCE_KINDS = /* @__PURE__ */ Object.keys(SOURCE_KIND_LABELS) as [
	keyof typeof SOURCE_KIND_LABELS,
	...Array<keyof typeof SOURCE_KIND_LABELS>,
];

/** Pages written in MDX, and entries written as YAML data. */
const MDX_FILES = { read: ['md', 'mdx'], create: '.mdx' };
const YAML_FILES = { read: ['yaml', 'yml'], create: '.yaml' };

const principles = {
	label: { one: 'Principle', many: 'Principles' },
	nav: 'Principles',
	files: MDX_FILES,
	pages: 'own',
	introduction:
		'The ideas the shareholder letters return to, each with where it comes from and what it looks like at work.',
	compare: (a, b) => a.order - b.order,
	describe: ({ data }) => ({ title: data.title, lead: data.summary }),
	anchors: [ANCHORS.throughTheLetters, ANCHORS.illustratedBy, ANCHORS.discussedIn],
	uniqueTitles: true,
	scaffold: { kind: 'principle' },
} satisfies CollectionRecord<'principles'>;

const caseStudies = {
	label: { one: 'Case study', many: 'Case studies' },
	nav: 'Case studies',
	files: MDX_FILES,
	pages: 'own',
	introduction: 'Decisions Amazon made for customers, what prompted them and what came of them.',
	compare: (a, b) => a.year - b.year,
	describe: ({ data }) => ({
		title: data.title,
		lead: data.summary,
		meta: String(data.year),
		pageMeta: String(data.year),
	}),
	uniqueTitles: true,
	principlesLabel: 'Shows',
	// A case study has no publication date of its own; the feed uses its last change.
	feed: (_entry, updated) => ({ pubDate: updated, tags: [] }),
	scaffold: { kind: 'case-study' },
} satisfies CollectionRecord<'case-studies'>;

const essays = {
	label: { one: 'Essay', many: 'Essays' },
	nav: 'Essays',
	files: MDX_FILES,
	pages: 'own',
	introduction:
		'Longer reads on one idea each: what it means, what it does not mean, and how to put it into practice.',
	isDraft: (data) => data.draft,
	dated: (data) => data.updated ?? data.published,
	compare: (a, b) => b.published.getTime() - a.published.getTime(),
	describe: ({ data }) => ({
		title: data.title,
		lead: data.description,
		meta: `By ${data.author}`,
		pageMeta: [`By ${data.author}`, `published ${formatDate(data.published)}`]
			.concat(data.updated ? [`updated ${formatDate(data.updated)}`] : [])
			.join(', '),
	}),
	uniqueTitles: true,
	principlesLabel: 'Discusses',
	feed: ({ data }) => ({ pubDate: data.published, tags: data.tags }),
	scaffold: { kind: 'essay' },
} satisfies CollectionRecord<'essays'>;

const paths = {
	label: { one: 'Onboarding path', many: 'Onboarding paths' },
	nav: 'Paths',
	files: YAML_FILES,
	pages: 'own',
	introduction:
		'Guided reading for your first days: pages in order, with minutes and a question for each step.',
	compare: (a, b) => a.order - b.order,
	describe: ({ data }) => {
		const minutes = data.steps.reduce((sum, step) => sum + step.minutes, 0);
		const meta = `${data.audience} · ${data.steps.length} steps, about ${minutes} minutes`;
		return { title: data.title, lead: data.summary, meta, pageMeta: meta };
	},
	uniqueTitles: true,
	scaffold: { kind: 'path' },
} satisfies CollectionRecord<'paths'>;

const sources = {
	label: { one: 'Source', many: 'Sources' },
	// YAML for a plain entry; MDX for a source with a page of its own words, such as a letter.
	files: { read: ['yaml', 'yml', 'md', 'mdx'], create: '.yaml' },
	pages: 'own',
	introduction:
		'The letters and documents every page cites. The primary sources are the final word.',
	compare: (a, b) => a.published.localeCompare(b.published),
	titleWeight: PAGE_WEIGHTS.sourceTitle,
	principlesLabel: 'States',
	describe: ({ data }) => ({
		title: data.title,
		// "Inc." already ends the sentence.
		lead:
			data.notes ??
			`${SOURCE_KIND_LABELS[data.kind]} published by ${data.publisher.replace(/\.?$/, '.')}`,
		meta: `${data.publisher}, ${data.published}`,
	}),
	uniqueTitles: true,
} satisfies CollectionRecord<'sources'>;

const glossary = {
	label: { one: 'Glossary term', many: 'Glossary' },
	nav: 'Glossary',
	files: YAML_FILES,
	pages: 'anchor',
	introduction:
		'The words this handbook uses, in plain language, with the other words readers use for them.',
	compare: (a, b) => a.term.localeCompare(b.term, 'en'),
	describe: ({ data }) => ({ title: data.term, lead: data.definition }),
	uniqueTitles: false,
	scaffold: { kind: 'glossary' },
} satisfies CollectionRecord<'glossary'>;

/** The records with their literal types, from which `PageCollection` is read. */
const REGISTRY = {
	principles,
	'case-studies': caseStudies,
	essays,
	paths,
	sources,
	glossary,
} satisfies { [C in CollectionName]: CollectionRecord<C> };

/** Every collection's record, by name, in the order the site lists the sections. */
export const COLLECTIONS: { [C in CollectionName]: CollectionRecord<C> } = REGISTRY;

/** Every collection's name, in the site's order. */
export const ALL_COLLECTIONS = /* @__PURE__ */ Object.keys(COLLECTIONS) as CollectionName[];

/** Collections whose entries each get a page of their own, in the site's order. */
export const PAGE_COLLECTIONS: PageCollection[] = /* @__PURE__ */ ALL_COLLECTIONS.filter(
	(name) => COLLECTIONS[name].pages === 'own',
) as PageCollection[];

/** A collection whose entries have pages of their own. */
export type PageCollection = {
	[C in CollectionName]: (typeof REGISTRY)[C]['pages'] extends 'own' ? C : never;
}[CollectionName];

/** The record of one collection. */
export function collectionRecord<C extends CollectionName>(name: C): CollectionRecord<C> {
	return COLLECTIONS[name];
}

/** Whether `name` is a collection this site has (for checks of what authors write). */
export function isCollectionName(name: string): name is CollectionName {
	return Object.hasOwn(COLLECTIONS, name);
}

/** Title, lead and facts of any entry, through its collection's record. */
export function describeEntry<C extends CollectionName>(
	collection: C,
	entry: EntryLike<C>,
): EntryDescription {
	return COLLECTIONS[collection].describe(entry);
}
