import { expect, test } from '@playwright/test';
import { brokenLinks } from '../../tools/lib/siteLinks.ts';
import { readBuiltSite } from '../build/readBuiltSite.ts';

test('every internal link and fragment in the built site leads somewhere', () => {
	const { pages, files } = readBuiltSite('dist');
	expect(pages.length).toBeGreaterThan(40);
	expect(brokenLinks(pages, files)).toEqual([]);
});
