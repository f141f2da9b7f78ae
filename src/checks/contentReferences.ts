/**
 * Finds references between entries that name no entry. Astro's `reference()` only logs such a
 * mistake and builds a page with a dead link; the site fails the build instead.
 */

/** An entry as the checker needs it: where it lives and its parsed front matter. */
export interface EntryForCheck {
	collection: string;
	id: string;
	/** Repository-relative path of the entry's file, such as `content/essays/x.mdx`. */
	filePath: string;
	data: unknown;
}

/** One reference that names no entry. */
export interface BrokenReference {
	filePath: string;
	/** Where in the front matter, such as `principles[1]` or `steps[0].page`. */
	field: string;
	/** The collection the reference points into. */
	collection: string;
	/** The id that was written. */
	received: string;
	/** Every id that would have been accepted, sorted. */
	known: string[];
}

interface Reference {
	collection: string;
	id: string;
}

function isReference(value: unknown, collections: Set<string>): value is Reference {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
	const candidate = value as Record<string, unknown>;
	return (
		typeof candidate.collection === 'string' &&
		typeof candidate.id === 'string' &&
		collections.has(candidate.collection) &&
		Object.keys(candidate).length === 2
	);
}

/** Every `{ collection, id }` object inside `value`, with its path in the front matter. */
function collectReferences(
	value: unknown,
	collections: Set<string>,
	path: string,
	found: Array<{ field: string; ref: Reference }>,
): void {
	if (value === null || typeof value !== 'object' || value instanceof Date) return;
	if (isReference(value, collections)) {
		found.push({ field: path, ref: value });
		return;
	}
	if (Array.isArray(value)) {
		value.forEach((item, index) =>
			collectReferences(item, collections, `${path}[${index}]`, found),
		);
		return;
	}
	for (const [key, item] of Object.entries(value)) {
		collectReferences(item, collections, path ? `${path}.${key}` : key, found);
	}
}

/**
 * Every reference in `entries` whose target is not among `entries`. A reference is any
 * `{ collection, id }` object in an entry's data, as `reference()` and path steps produce, into
 * one of `collections` (by default, those the entries belong to).
 */
export function findBrokenReferences(
	entries: EntryForCheck[],
	collections: Iterable<string> = [],
): BrokenReference[] {
	const idsByCollection = new Map<string, Set<string>>(
		[...collections].map((name) => [name, new Set<string>()]),
	);
	for (const entry of entries) {
		if (!idsByCollection.has(entry.collection)) idsByCollection.set(entry.collection, new Set());
		idsByCollection.get(entry.collection)!.add(entry.id);
	}
	const names = new Set(idsByCollection.keys());
	const broken: BrokenReference[] = [];
	for (const entry of entries) {
		const found: Array<{ field: string; ref: Reference }> = [];
		collectReferences(entry.data, names, '', found);
		for (const { field, ref } of found) {
			const known = idsByCollection.get(ref.collection)!;
			if (known.has(ref.id)) continue;
			broken.push({
				filePath: entry.filePath,
				field,
				collection: ref.collection,
				received: ref.id,
				known: [...known].sort(),
			});
		}
	}
	return broken;
}
