/** Every page of the built site, by URL path, read from the sitemap the build wrote. */
import { readFileSync } from 'node:fs';

export function sitePages(): string[] {
	const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
	return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname);
}
