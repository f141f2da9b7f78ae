/** Every page of the built site, by URL path: those in the sitemap, and the 404 page it leaves out. */
import { readFileSync } from 'node:fs';

export function sitePages(): string[] {
	const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
	return [
		...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname),
		'/404.html',
	];
}
