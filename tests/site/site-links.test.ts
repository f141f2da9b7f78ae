/** Every internal link and #fragment in the built site leads to a page, a file or an id there. */
import { expect, test } from 'vitest';
import { brokenLinks } from '../../tools/lib/siteLinks.ts';
import { readBuiltSite } from '../build/readBuiltSite.ts';
import { builtSite } from './dist.ts';

const DIST = builtSite();

test('every internal link and fragment in the built site leads somewhere', () => {
	const { pages, files } = readBuiltSite(DIST);
	expect(pages.length).toBeGreaterThan(40);
	expect(brokenLinks(pages, files)).toEqual([]);
});
