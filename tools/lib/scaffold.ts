/**
 * New pages for authors: `npm run new -- <kind> "Title"` writes a file with valid front matter,
 * an id made from the title, and short guidance inside. Which kinds exist comes from the
 * collections' records; what a new file holds is its template in `tools/templates/`, with
 * `{{title}}`, `{{today}}`, `{{year}}`, `{{principle}}`, `{{source}}`, `{{nextPrincipleOrder}}`
 * and `{{nextPathOrder}}` filled in. Pure: the script reads the templates and what exists.
 */
import { ALL_COLLECTIONS, COLLECTIONS, type CollectionName } from '../../src/model/collections.ts';

/** The kinds `npm run new` makes, and the collection each goes into, in the site's order. */
export const SCAFFOLD_KINDS: Record<string, CollectionName> = Object.fromEntries(
	ALL_COLLECTIONS.flatMap((collection) => {
		const scaffold = COLLECTIONS[collection].scaffold;
		return scaffold ? [[scaffold.kind, collection]] : [];
	}),
);

/** What already exists, so the new page references real entries and takes a free id. */
export interface ScaffoldContext {
	/** Today's date as YYYY-MM-DD. */
	today: string;
	/** Ids of existing entries, by collection (a collection with none may be left out). */
	ids: Partial<Record<CollectionName, string[]>>;
	/** The highest `order` among principles (a new one goes after it). */
	lastPrincipleOrder: number;
}

/** A page to write, or a message for the author. */
export type ScaffoldResult =
	{ ok: true; path: string; content: string } | { ok: false; message: string };

/** The template file of a kind, relative to `tools/templates/`. */
export function templateName(kind: string): string {
	const collection = SCAFFOLD_KINDS[kind];
	return collection ? `${kind}${COLLECTIONS[collection].files.create}` : '';
}

/** YAML for a string, quoted so that colons, quotes and leading symbols stay text. */
const yamlString = (text: string) => JSON.stringify(text);

/** The template with its placeholders filled in for `title` and what exists. */
function fillTemplate(template: string, title: string, context: ScaffoldContext): string {
	const values: Record<string, string> = {
		title: yamlString(title),
		today: context.today,
		year: context.today.slice(0, 4),
		principle: context.ids.principles?.[0] ?? 'customer-obsession',
		source: context.ids.sources?.[0] ?? 'letter-2016',
		nextPrincipleOrder: String(context.lastPrincipleOrder + 1),
		nextPathOrder: String((context.ids.paths ?? []).length + 1),
	};
	return template.replace(
		/\{\{(\w+)\}\}/g,
		(placeholder, name: string) => values[name] ?? placeholder,
	);
}

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

/** The new page for `kind` and `title`, or a message saying why it cannot be made. */
export function scaffold(
	kind: string,
	title: string,
	context: ScaffoldContext,
	template: string,
): ScaffoldResult {
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
	const collection = SCAFFOLD_KINDS[kind]!;
	const record = COLLECTIONS[collection];
	const path = `content/${collection}/${id}${record.files.create}`;
	if (context.ids[collection]?.includes(id)) {
		return {
			ok: false,
			message: `${path} already exists: the id "${id}" is taken. Edit that page, or choose a different title.`,
		};
	}
	return { ok: true, path, content: fillTemplate(template, title, context) };
}
