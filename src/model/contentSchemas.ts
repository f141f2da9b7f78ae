/**
 * The content model's schemas, one per collection, with messages written for authors. Objects are
 * strict: a misspelt field (`Draft: true`) is an error, not a field silently ignored. A factory
 * over `reference()`: `src/content.config.ts` passes Astro's, and the content guard that runs
 * before the build (`src/checks/build/contentGuard.ts`) passes a plain stand-in, so both check
 * exactly the same fields.
 */
import type { reference as astroReference } from 'astro:content';
import { z } from 'astro/zod';
import { PAGE_COLLECTIONS, SOURCE_KINDS } from './collections.ts';

type Reference = typeof astroReference;

/** A required line of text; its messages show the author an example of the field. */
function text(example: string) {
	return z
		.string({
			error: (issue) =>
				issue.input === undefined
					? `is missing. Add it, for example: ${example}`
					: `must be text, for example: ${example}`,
		})
		.min(1, `is empty. Write it, for example: ${example}`);
}

/** The most characters a title may have: with " · Day One" after it, it still fits a tab and a search result. */
export const TITLE_MAX = 60;

/** A page's title: a line of text short enough to be shown whole. */
function title(example: string) {
	return text(example).max(
		TITLE_MAX,
		`is longer than ${TITLE_MAX} characters, so browsers and search results would cut it off. Shorten it, for example: ${example}`,
	);
}

/** A whole number, with an example. */
function wholeNumber(example: string) {
	return z
		.number({
			error: (issue) =>
				issue.input === undefined
					? `is missing. Add it, for example: ${example}`
					: `must be a whole number, for example: ${example}`,
		})
		.int(`must be a whole number, for example: ${example}`);
}

/** A calendar date written YYYY-MM-DD. */
function date(example: string) {
	const message = `must be a date written YYYY-MM-DD, for example: ${example}`;
	// YAML may hand over a Date (unquoted) or a string (quoted); a bare year or 11/23/2026 is refused.
	return z
		.union(
			[
				z.date({ error: message }),
				z.string({ error: message }).regex(/^\d{4}-\d{2}-\d{2}$/, message),
			],
			{ error: message },
		)
		.transform((value) => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`)))
		.refine((value) => !Number.isNaN(value.getTime()), message);
}

/** A list, with an example of how to write one. */
function list<T extends z.ZodType>(item: T, example: string) {
	return z.array(item, {
		error: (issue) =>
			issue.input === undefined
				? `is missing. Add it, for example: ${example}`
				: `must be a list in brackets, for example: ${example}`,
	});
}

/** One of a closed set of values; the message lists them. */
function oneOf<const T extends readonly [string, ...string[]]>(values: T, field: string) {
	return z.enum(values, {
		error: (issue) =>
			issue.input === undefined
				? `is missing. Add one of: ${values.join(', ')} (for example: ${field}: ${values[0]}).`
				: `"${String(issue.input)}" is not allowed. Use one of: ${values.join(', ')}.`,
	});
}

/** The schemas of every collection, given the `reference()` to use for links between entries. */
export function contentSchemas(reference: Reference) {
	/** Ids of entries in other collections: at least one for citations, any number for links. */
	const sourceIds = list(reference('sources'), 'sources: [letter-2016]').min(
		1,
		'is empty. Cite at least one source id from content/sources/, for example: sources: [letter-2016]',
	);
	const principleIds = list(reference('principles'), 'principles: [customer-obsession]');
	const somePrinciples = principleIds.min(
		1,
		'is empty. Name at least one principle id from content/principles/, for example: principles: [customer-obsession]',
	);

	/** A partial ISO date: `2017`, `2017-04` or `2017-04-12`, for sources known only to the month. */
	const partialDate = z
		.union([z.number().int(), z.string()], {
			error: 'is missing. Add it, for example: published: "2017-04"',
		})
		.transform(String)
		.pipe(
			z
				.string()
				.regex(
					/^\d{4}(-\d{2}(-\d{2})?)?$/,
					'must be a year, year-month or date, for example: published: "2017-04"',
				),
		);

	// Typed as plain names: the registry's own types derive from these schemas.
	const pageCollections: readonly string[] = PAGE_COLLECTIONS;
	/** A page on the site, written `<collection>/<id>`, such as `principles/customer-obsession`. */
	const pageRef = text('page: principles/customer-obsession')
		.regex(
			new RegExp(`^(${pageCollections.join('|')})/[a-z0-9-]+$`),
			`must be <collection>/<id>, where collection is one of ${pageCollections.join(', ')}; for example: page: principles/customer-obsession`,
		)
		.transform((value) => {
			const [collection, id] = value.split('/');
			return { collection: collection!, id: id! };
		});

	const principles = z.strictObject({
		/** The principle's name as a reader would say it. */
		title: title('title: "Customer obsession"'),
		/** One or two sentences: what the principle asks of you. */
		summary: text('summary: "Start from the customer and work backwards."'),
		/** Position in lists and on the home page, lowest first. */
		order: wholeNumber('order: 7').min(0, 'must be 0 or more, for example: order: 7'),
		/** Ids of the sources this principle comes from (`content/sources/`). */
		sources: sourceIds,
		/** Ids of principles a reader should look at next. */
		related: principleIds.default([]),
		/** Who keeps this page true (a name or team). */
		owner: text('owner: Day One editors').optional(),
		/** When the owner should next check this page, as YYYY-MM-DD. */
		reviewBy: date('reviewBy: 2027-05-23').optional(),
	});

	const essays = z.strictObject({
		/** The essay's headline. */
		title: title('title: "Process as a proxy"'),
		/** One sentence that says what the reader will learn; used in lists, search and meta tags. */
		description: text(
			'description: "When following the process becomes the goal, the customer drops out of view."',
		),
		/** Ids of the principles this essay discusses (`content/principles/`). */
		principles: somePrinciples,
		/** Ids of the sources this essay cites (`content/sources/`). */
		sources: sourceIds,
		/** Who wrote it. */
		author: text('author: Day One editors'),
		/** First published, as YYYY-MM-DD. */
		published: date('published: 2026-11-23'),
		/** Last substantive change, as YYYY-MM-DD. */
		updated: date('updated: 2026-12-01').optional(),
		/** A draft builds in dev only; it never reaches the published site or its search index. */
		draft: z.boolean({ error: 'must be true or false, for example: draft: true' }).default(false),
		/** Who keeps this page true (a name or team). */
		owner: text('owner: Day One editors').optional(),
		/** When the owner should next check this page, as YYYY-MM-DD. */
		reviewBy: date('reviewBy: 2027-05-23').optional(),
		/** Free keywords for search and lists. */
		tags: list(text('tags: [proxies]'), 'tags: [proxies, process]').default([]),
	});

	const caseStudies = z.strictObject({
		/** The case study's headline. */
		title: title('title: "Amazon Prime: the program nobody asked for"'),
		/** One or two sentences: what happened and why it matters. */
		summary: text(
			'summary: "Amazon launched Prime in 2005 although no customer had asked for it."',
		),
		/** The year it happened (launch, announcement or decision). */
		year: wholeNumber('year: 2005')
			.min(1994, 'must be 1994 or later')
			.max(2100, 'must be a year, for example: year: 2005'),
		/** Ids of the principles this case study shows (`content/principles/`). */
		principles: somePrinciples,
		/** Ids of the sources it relies on (`content/sources/`). */
		sources: sourceIds,
		/** One sentence on what came of it, as far as the sources say. */
		outcome: text('outcome: "Customers wanted it, although none had asked for it."'),
		/** Who keeps this page true (a name or team). */
		owner: text('owner: Day One editors').optional(),
		/** When the owner should next check this page, as YYYY-MM-DD. */
		reviewBy: date('reviewBy: 2027-05-23').optional(),
	});

	const sources = z.strictObject({
		/** The source's own title. */
		title: title('title: "Amazon 2016 letter to shareholders"'),
		/** A short name for inline citations, such as "2016 letter". */
		short: text('short: 2016 letter').max(
			40,
			'must be 40 characters or fewer, for example: short: 2016 letter',
		),
		/** What kind of document it is. */
		kind: oneOf(SOURCE_KINDS, 'kind'),
		/** The year the document covers (a shareholder letter covers the fiscal year before it is published). */
		covers: wholeNumber('covers: 2016').optional(),
		/** When it was published: 2017, 2017-04 or 2017-04-12. */
		published: partialDate,
		/** Who published it. */
		publisher: text('publisher: Amazon.com, Inc.'),
		/** Where a reader can find it, when it has a stable public address. */
		url: z
			.url({
				error: 'must be a full web address, for example: url: https://www.example.com/letter',
			})
			.optional(),
		/** Primary sources are the letters and Amazon's own words; blog posts are secondary. */
		primary: z
			.boolean({ error: 'must be true or false, for example: primary: false' })
			.default(true),
		/** What a reader will find in it that this site relies on: the lead of its page. */
		notes: text('notes: "Where Type 1 and Type 2 decisions are defined."').optional(),
		/**
		 * For a letter: ids of the principles it states (`content/principles/`), for the principles'
		 * timelines. A principle whose page cites the letter is added (`citedLetters.ts`).
		 */
		principles: principleIds.default([]),
		/** For a source with a page of its own: ids of the other sources its text cites. */
		sources: list(reference('sources'), 'sources: [letter-2015]').default([]),
	});

	const glossary = z.strictObject({
		/** The term as it appears on the site. */
		term: text('term: Proxy'),
		/** A plain-language definition, one to three sentences. */
		definition: text('definition: "A measure that stands in for what you really care about."'),
		/** Other words a reader might type for the same idea; search treats them as synonyms. */
		aliases: list(text('aliases: [KPI]'), 'aliases: [KPI, metric]').default([]),
		/** Ids of related principles (`content/principles/`). */
		principles: principleIds.default([]),
		/** Ids of sources for the definition (`content/sources/`). */
		sources: list(reference('sources'), 'sources: [letter-2016]').default([]),
	});

	/** One answer a reader may choose in a knowledge check. */
	const checkOption = z.strictObject({
		/** The answer as the reader sees it. */
		text: text('text: "Customers never asked for it."'),
		/** Set on the one right answer; leave it out on the others. */
		correct: z
			.boolean({ error: 'must be true or false, for example: correct: true' })
			.default(false),
		/** Why this answer is right or wrong, in a sentence or two that send the reader back to the page. */
		explanation: z
			.string({
				error: (issue) =>
					issue.input === undefined
						? 'is missing. Every option needs one, right or wrong. Fix: say why, for example: explanation: "The page says no customer asked for Prime."'
						: 'must be text, for example: explanation: "The page says no customer asked for Prime."',
			})
			.min(1, 'is empty. Say why this answer is right or wrong.'),
	});

	/** A question about the step's page, with answers to choose from; exactly one is right. */
	const knowledgeCheck = z
		.strictObject({
			/** The question, answerable from the step's page alone. */
			question: text('question: "Who asked Amazon for Prime?"'),
			/** Two or more answers, in the order they are shown. */
			options: list(checkOption, 'options:\n  - text: Nobody\n    correct: true').min(
				2,
				'needs at least two options to choose from. Add another, with its explanation.',
			),
		})
		.superRefine((check, context) => {
			const correct = check.options.flatMap((option, index) => (option.correct ? [index] : []));
			if (correct.length === 0)
				context.addIssue({
					code: 'custom',
					path: ['options'],
					message:
						'no option is marked correct, so no answer could be right. Fix: add correct: true to the one right answer.',
				});
			// A second right answer is named at its own line, with the first it competes with.
			for (const index of correct.slice(1))
				context.addIssue({
					code: 'custom',
					path: ['options', index, 'correct'],
					message: `is a second right answer: options[${correct[0]}] is already correct: true, and a check has exactly one. Fix: remove correct: true from one of them.`,
				});
		});

	const paths = z.strictObject({
		/** The path's name. */
		title: title('title: "Your first week"'),
		/** Who the path is for, in a few words. */
		audience: text('audience: New employees'),
		/** One or two sentences on what the reader will get from it. */
		summary: text('summary: "Five days, one principle a day."'),
		/** Position in lists, lowest first. */
		order: wholeNumber('order: 3').min(0, 'must be 0 or more').default(0),
		/** The pages to read, in order. */
		steps: list(
			z.strictObject({
				/** The page to read, as `<collection>/<id>`. */
				page: pageRef,
				/** About how long the step takes, in minutes. */
				minutes: wholeNumber('minutes: 5')
					.min(1, 'must be at least 1')
					.max(240, 'must be at most 240'),
				/** A question to think over after reading. */
				prompt: text('prompt: "What would your customer say?"'),
				/** Questions that check the reader took in the page, answered on the path page. */
				checks: list(
					knowledgeCheck,
					'checks:\n  - question: "Who asked for it?"\n    options: [...]',
				).default([]),
			}),
			'steps:\n  - page: principles/customer-obsession\n    minutes: 5\n    prompt: "What would your customer say?"',
		).min(1, 'is empty. Add at least one step.'),
	});

	return { principles, essays, 'case-studies': caseStudies, sources, glossary, paths };
}

/** A stand-in for Astro's `reference()`: the same `{ collection, id }` result, no content store. */
function plainReference(collection: string) {
	return z
		.union([z.string(), z.number()], { error: `must be an id from content/${collection}/` })
		.transform((id) => ({ collection, id: String(id) }));
}

/**
 * The schemas as the checks that run before Astro use them, with a plain `reference()`:
 * references come out as `{ collection, id }` and are checked separately.
 */
export function plainSchemas() {
	return contentSchemas(plainReference as unknown as Reference);
}

/** A knowledge check on a path step, as the schema gives it: a question and its options. */
export type KnowledgeCheck = z.output<
	ReturnType<typeof plainSchemas>['paths']
>['steps'][number]['checks'][number];
