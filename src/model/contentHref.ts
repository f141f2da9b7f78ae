import { withBase } from './collections.ts';

/**
 * The address a link in content should point to. Authors write links from the site root
 * (`/principles/customer-obsession/`); under a sub-path such as `/handbook/` they get the base in
 * front. External links, fragments and links already under the base stay as written.
 */
export function contentHref(href: string, base: string): string {
	if (base === '/' || !href.startsWith('/') || href.startsWith('//') || href.startsWith(base))
		return href;
	return withBase(base, href);
}
