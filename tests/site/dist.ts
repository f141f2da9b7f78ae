/** Where the site tests find the built site: dist/, from the `astro build` that runs before them. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DIST = resolve(import.meta.dirname, '../../dist');

/** The built site's folder; fails with what to do when there is no build to test. */
export function builtSite(): string {
	if (!existsSync(join(DIST, 'index.html'))) {
		throw new Error('dist/ holds no built site: run `npm run build` before the site tests.');
	}
	return DIST;
}
