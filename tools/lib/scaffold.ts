/**
 * New pages for authors: `npm run new -- <kind> "Title"` writes a file with valid front matter,
 * an id made from the title, and short guidance inside. Pure: the script supplies what exists.
 */
import { ENTRY_EXTENSIONS, type CollectionName } from '../../src/model/collections.ts';

/** The kinds `npm run new` makes, and the collection each goes into. */
export const SCAFFOLD_KINDS = {
	essay: 'essays',
	'case-study': 'case-studies',
	principle: 'principles',
	glossary: 'glossary',
	path: 'paths',
} as const satisfies Record<string, CollectionName>;

export type ScaffoldKind = keyof typeof SCAFFOLD_KINDS;

/** What already exists, so the new page references real entries and takes a free id. */
export interface ScaffoldContext {
	/** Today's date as YYYY-MM-DD. */
	today: string;
	/** Ids of existing entries, by collection. */
	ids: Record<CollectionName, string[]>;
	/** The highest `order` among principles (the new one goes after it). */
	lastPrincipleOrder: number;
}

/** A page to write, or a message for the author. */
export type ScaffoldResult =
	{ ok: true; path: string; content: string } | { ok: false; message: string };

/**
 * A URL-safe id from a title: lower case, ASCII letters and digits, words joined by hyphens,
 * starting with a letter as every id must ("2-pizza teams" becomes "pizza-teams").
 */
export function slugify(title: string): string {
	return title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^[^a-z]+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/, '');
}

/** YAML for a string, quoted so that colons, quotes and leading symbols stay text. */
function yamlString(text: string): string {
	return JSON.stringify(text);
}

function mdxBody(sections: string[], guidance: string): string {
	return [
		`{/* ${guidance} */}`,
		'',
		...sections.flatMap((section) => [`## ${section}`, '', 'Write this section.', '']),
	].join('\n');
}

function template(kind: ScaffoldKind, title: string, context: ScaffoldContext): string {
	const principle = context.ids.principles[0] ?? 'customer-obsession';
	const source = context.ids.sources[0] ?? 'letter-2016';
	const cite = `Cite every fact with <Cite source="${source}" /> and quote only exact words with <Quote source="${source}" inline>…</Quote>; list each source you cite in sources. See CONTRIBUTING.md.`;
	switch (kind) {
		case 'essay':
			return [
				'---',
				`title: ${yamlString(title)}`,
				'description: "One sentence: what a new employee will learn from this essay."',
				`principles: [${principle}] # ids from content/principles/`,
				`sources: [${source}] # ids from content/sources/`,
				'author: Day One editors',
				`published: ${context.today}`,
				'draft: true # remove when the essay is ready to publish',
				'tags: []',
				'---',
				'',
				mdxBody(
					[
						'The idea',
						'Where it comes from',
						'What it looks like in practice',
						'Questions for you',
					],
					`One idea, 500 to 800 words, for a new employee. ${cite}`,
				),
			].join('\n');
		case 'case-study':
			return [
				'---',
				`title: ${yamlString(title)}`,
				'summary: "One or two sentences: what happened and why it matters."',
				`year: ${context.today.slice(0, 4)} # the year it happened, from the sources`,
				`principles: [${principle}] # ids from content/principles/`,
				`sources: [${source}] # ids from content/sources/`,
				'outcome: "One sentence on what came of it, only as far as the sources say."',
				'---',
				'',
				mdxBody(
					[
						'Context',
						"The customer's problem",
						'What Amazon did',
						'Principles at work',
						'What to take away',
						'Questions for you',
					],
					`Never invent a number or a date: where the sources are silent, say so. ${cite}`,
				),
			].join('\n');
		case 'principle':
			return [
				'---',
				`title: ${yamlString(title)}`,
				'summary: "One or two sentences: what the principle asks of you."',
				`order: ${context.lastPrincipleOrder + 1}`,
				`sources: [${source}] # ids from content/sources/`,
				`related: [${principle}] # ids from content/principles/`,
				'---',
				'',
				mdxBody(
					[
						'What it is',
						'Where it comes from',
						'What it looks like in practice',
						'What it is not',
						'Questions for you',
					],
					`Name the letter and the year it covers. Add a case study and an essay that point to this principle. ${cite}`,
				),
			].join('\n');
		case 'glossary':
			return [
				'# A glossary term. Aliases are the other words readers type; search treats them as synonyms.',
				`term: ${yamlString(title)}`,
				'definition: "A plain-language definition, one to three sentences."',
				'aliases: [] # for example: [KPI, metric]',
				`principles: [${principle}] # ids from content/principles/`,
				`sources: [${source}] # ids from content/sources/`,
				'',
			].join('\n');
		case 'path':
			return [
				'# An onboarding path: pages in order, minutes per step and a question to reflect on.',
				`title: ${yamlString(title)}`,
				'audience: New employees',
				'summary: "One or two sentences on what the reader will get from this path."',
				`order: ${context.ids.paths.length + 1}`,
				'steps:',
				`  - page: principles/${principle} # <collection>/<id>`,
				'    minutes: 5',
				'    prompt: "A question to think over after reading."',
				'',
			].join('\n');
	}
}

/** The new page for `kind` and `title`, or a message saying why it cannot be made. */
export function scaffold(kind: string, title: string, context: ScaffoldContext): ScaffoldResult {
	if (!Object.hasOwn(SCAFFOLD_KINDS, kind)) {
		return {
			ok: false,
			message: `"${kind}" is not a kind of page. Use one of: ${Object.keys(SCAFFOLD_KINDS).join(', ')}.\nExample: npm run new -- essay "Why we write narratives"`,
		};
	}
	const id = slugify(title);
	if (!id) {
		return {
			ok: false,
			message:
				'Give the page a title with letters or digits, in quotes: npm run new -- essay "Why we write narratives"',
		};
	}
	const scaffoldKind = kind as ScaffoldKind;
	const collection = SCAFFOLD_KINDS[scaffoldKind];
	const path = `content/${collection}/${id}${ENTRY_EXTENSIONS[collection]}`;
	if (context.ids[collection].includes(id)) {
		return {
			ok: false,
			message: `${path} already exists: the id "${id}" is taken. Edit that page, or choose a different title.`,
		};
	}
	return { ok: true, path, content: template(scaffoldKind, title, context) };
}
