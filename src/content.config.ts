/**
 * The content model: one schema per collection, one file per entry under `content/<collection>/`.
 * The file name is the entry's id and its URL slug. Every type the site uses comes from here.
 *
 * Astro's `reference()` only logs an id that names no entry, so `src/data/site.ts` checks every
 * reference again and fails the build (see ../shared/STACK.md, trap 3).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { PAGE_COLLECTIONS, SOURCE_KINDS } from './lib/collections.ts';

/**
 * Where the content lives. Tests point DAY_ONE_CONTENT at a small fixture folder to prove that a
 * broken page fails the build; everyone else uses `content/`.
 */
const contentRoot = process.env.DAY_ONE_CONTENT ?? './content';

/** Loads every file with one of `extensions` from `<content root>/<name>/`; the file name is the id. */
function contentFolder(name: string, extensions: string) {
	return glob({ base: `${contentRoot}/${name}`, pattern: `**/[^_]*.${extensions}` });
}

/** Ids of entries in other collections: at least one for citations, any number for links. */
const sourceIds = z.array(reference('sources')).min(1, 'Cite at least one source id from content/sources/.');
const principleIds = z.array(reference('principles'));

/** A partial ISO date: `2017`, `2017-04` or `2017-04-12`, for sources known only to the month. */
const partialDate = z
	.union([z.number().int(), z.string()])
	.transform(String)
	.pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Write a year, year-month or date: 2017, 2017-04 or 2017-04-12.'));

const principles = defineCollection({
	loader: contentFolder('principles', '{md,mdx}'),
	schema: z.object({
		/** The principle's name as a reader would say it. */
		title: z.string().min(1),
		/** One or two sentences: what the principle asks of you. */
		summary: z.string().min(1),
		/** Position in lists and on the home page, lowest first. */
		order: z.number().int().min(0),
		/** Ids of the sources this principle comes from (`content/sources/`). */
		sources: sourceIds,
		/** Ids of principles a reader should look at next. */
		related: principleIds.default([]),
	}),
});

const essays = defineCollection({
	loader: contentFolder('essays', '{md,mdx}'),
	schema: z.object({
		/** The essay's headline. */
		title: z.string().min(1),
		/** One sentence that says what the reader will learn; used in lists, search and meta tags. */
		description: z.string().min(1),
		/** Ids of the principles this essay discusses (`content/principles/`). */
		principles: principleIds.min(1, 'Name at least one principle id from content/principles/.'),
		/** Ids of the sources this essay cites (`content/sources/`). */
		sources: sourceIds,
		/** Who wrote it. */
		author: z.string().min(1),
		/** First published, as YYYY-MM-DD. */
		published: z.coerce.date(),
		/** Last substantive change, as YYYY-MM-DD. */
		updated: z.coerce.date().optional(),
		/** A draft builds in dev only; it never reaches the published site or its search index. */
		draft: z.boolean().default(false),
		/** Who keeps this page true (a name or team). */
		owner: z.string().min(1).optional(),
		/** When the owner should next check this page, as YYYY-MM-DD. */
		reviewBy: z.coerce.date().optional(),
		/** Free keywords for search and lists. */
		tags: z.array(z.string().min(1)).default([]),
	}),
});

const caseStudies = defineCollection({
	loader: contentFolder('case-studies', '{md,mdx}'),
	schema: z.object({
		/** The case study's headline. */
		title: z.string().min(1),
		/** One or two sentences: what happened and why it matters. */
		summary: z.string().min(1),
		/** The year it happened (launch, announcement or decision). */
		year: z.number().int().min(1994).max(2100),
		/** Ids of the principles this case study shows (`content/principles/`). */
		principles: principleIds.min(1, 'Name at least one principle id from content/principles/.'),
		/** Ids of the sources it relies on (`content/sources/`). */
		sources: sourceIds,
		/** One sentence on what came of it, as far as the sources say. */
		outcome: z.string().min(1),
	}),
});

const sources = defineCollection({
	loader: contentFolder('sources', '{yaml,yml}'),
	schema: z.object({
		/** The source's own title. */
		title: z.string().min(1),
		/** A short name for inline citations, such as "2016 letter". */
		short: z.string().min(1).max(40),
		/** What kind of document it is. */
		kind: z.enum(SOURCE_KINDS),
		/** The year the document covers (a shareholder letter covers the fiscal year before it is published). */
		covers: z.number().int().optional(),
		/** When it was published: 2017, 2017-04 or 2017-04-12. */
		published: partialDate,
		/** Who published it. */
		publisher: z.string().min(1),
		/** Where a reader can find it, when it has a stable public address. */
		url: z.url().optional(),
		/** Primary sources are the letters and Amazon's own words; blog posts are secondary. */
		primary: z.boolean().default(true),
		/** What a reader will find in it that this site relies on. */
		notes: z.string().min(1).optional(),
	}),
});

const glossary = defineCollection({
	loader: contentFolder('glossary', '{yaml,yml}'),
	schema: z.object({
		/** The term as it appears on the site. */
		term: z.string().min(1),
		/** A plain-language definition, one to three sentences. */
		definition: z.string().min(1),
		/** Other words a reader might type for the same idea; search treats them as synonyms. */
		aliases: z.array(z.string().min(1)).default([]),
		/** Ids of related principles (`content/principles/`). */
		principles: principleIds.default([]),
		/** Ids of sources for the definition (`content/sources/`). */
		sources: z.array(reference('sources')).default([]),
	}),
});

/** A page on the site, written `<collection>/<id>`, such as `principles/customer-obsession`. */
const pageRef = z
	.string()
	.regex(
		new RegExp(`^(${PAGE_COLLECTIONS.join('|')})/[a-z0-9-]+$`),
		`Write <collection>/<id>, where collection is one of ${PAGE_COLLECTIONS.join(', ')}.`,
	)
	.transform((value) => {
		const [collection, id] = value.split('/');
		return { collection: collection!, id: id! };
	});

const paths = defineCollection({
	loader: contentFolder('paths', '{yaml,yml}'),
	schema: z.object({
		/** The path's name. */
		title: z.string().min(1),
		/** Who the path is for, in a few words. */
		audience: z.string().min(1),
		/** One or two sentences on what the reader will get from it. */
		summary: z.string().min(1),
		/** Position in lists, lowest first. */
		order: z.number().int().min(0).default(0),
		/** The pages to read, in order. */
		steps: z
			.array(
				z.object({
					/** The page to read, as `<collection>/<id>`. */
					page: pageRef,
					/** About how long the step takes, in minutes. */
					minutes: z.number().int().min(1).max(240),
					/** A question to think over after reading. */
					prompt: z.string().min(1),
				}),
			)
			.min(1),
	}),
});

export const collections = {
	principles,
	essays,
	'case-studies': caseStudies,
	sources,
	glossary,
	paths,
};
