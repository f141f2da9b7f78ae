/**
 * Every key the site keeps in the browser's localStorage, and the shape of the value under it.
 * Readers' progress lives under these names: renaming one forgets what every reader kept there.
 * JSON values are read and written with `readStored` and `writeStored` (browserStorage.ts); the
 * theme alone is plain text, because the inline theme script reads it before any module loads.
 */
import type { StoredProgress } from './storedProgress.ts';
import type { VisitRecord } from './visits.ts';

declare const valueType: unique symbol;

/** A localStorage key that holds JSON of type `Value`. */
export type StorageKey<Value> = string & { readonly [valueType]: Value };

function storageKey<Value>(name: string): StorageKey<Value> {
	return name as StorageKey<Value>;
}

// The theme's key is kept in a leaf module of its own: the theme toggle's script imports only
// that, so it bundles with no imports and Astro inlines it. As a separate file it loaded later,
// and the toggle appearing late shifted the page (the browser tests' layout-shift check).
export { THEME_KEY, THEMES, type Theme } from './themeKey.ts';

/** The path the reader last ticked a step on, for "Continue where you left off". */
export interface LastPath {
	title: string;
	href: string;
	/** The first step not yet done; absent when every step is done. */
	next?: { title: string; href: string };
	doneCount: number;
	total: number;
}

export const LAST_PATH_KEY = storageKey<LastPath>('dayone:last-path');

/**
 * The reader's progress on the path `pathId`: steps done and checks answered. Saved before
 * knowledge checks as a plain list of the steps done, which `readProgress` still reads.
 */
export function pathKey(pathId: string): StorageKey<StoredProgress | string[]> {
	return storageKey<StoredProgress | string[]>(`dayone:path:${pathId}`);
}

/** When the reader's visits began, for "new or changed since your last visit". */
export const VISITS_KEY = storageKey<VisitRecord>('dayone:visits');
