/**
 * Which built pages a set of changed files touches, for `npm run test:content`: an entry's own
 * page (or the shared page its anchor sits on), the list that shows its title and lead, and a
 * path's print version. Files outside the content folder are returned apart: no page list can
 * say what a change to code reaches, so those are left to `npm test`.
 */
import { collectionPath, entryPath, printPath } from '../../src/model/urls.ts';
import { isCollectionName } from '../../src/model/collections.ts';

export interface ChangedPages {
	/** Root-relative page paths, such as `/essays/tough-love/`, sorted. */
	pages: string[];
	/** Changed files that are not content entries. */
	other: string[];
}

/** The pages `files` (paths from the project root, `/`-separated) touch under `contentRoot`. */
export function changedPages(files: readonly string[], contentRoot = 'content'): ChangedPages {
	const pages = new Set<string>();
	const other: string[] = [];
	const prefix = `${contentRoot.replace(/^\.\/|\/+$/g, '')}/`;
	for (const file of files) {
		const [collection, ...rest] = file.startsWith(prefix)
			? file.slice(prefix.length).split('/')
			: [];
		const name = rest.join('/');
		if (!collection || !isCollectionName(collection) || !/\.[a-z]+$/.test(name)) {
			other.push(file);
			continue;
		}
		const id = name.replace(/\.[a-z]+$/, '');
		pages.add(entryPath(collection, id).split('#')[0]!);
		pages.add(collectionPath(collection));
		if (collection === 'paths') pages.add(printPath(id));
	}
	return { pages: [...pages].sort(), other };
}
