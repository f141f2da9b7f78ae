/**
 * New pages for authors: `npm run new -- <kind> "Title"` writes a file with valid front matter,
 * an id made from the title, and short guidance inside. Which kinds exist and what each new file
 * holds come from the collections' records. Pure: the script supplies what exists.
 */
import {
	ALL_COLLECTIONS,
	COLLECTIONS,
	type CollectionName,
	type ScaffoldContext,
} from '../../src/model/collections.ts';

export type { ScaffoldContext };

/** The kinds `npm run new` makes, and the collection each goes into, in the site's order. */
export const SCAFFOLD_KINDS: Record<string, CollectionName> = Object.fromEntries(
	ALL_COLLECTIONS.flatMap((collection) => {
		const scaffold = COLLECTIONS[collection].scaffold;
		return scaffold ? [[scaffold.kind, collection]] : [];
	}),
);

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
	const collection = SCAFFOLD_KINDS[kind]!;
	const record = COLLECTIONS[collection];
	const path = `content/${collection}/${id}${record.files.create}`;
	if (context.ids[collection]?.includes(id)) {
		return {
			ok: false,
			message: `${path} already exists: the id "${id}" is taken. Edit that page, or choose a different title.`,
		};
	}
	return { ok: true, path, content: record.scaffold!.template(title, context) };
}
