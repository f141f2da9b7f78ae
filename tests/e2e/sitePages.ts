/**
 * Every page of the built site, by URL path: those in the sitemap, and the pages it leaves out on
 * purpose (the 404 page, and each path's print version, a copy of pages listed on their own).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { printPath } from '../../src/model/urls.ts';

/** The print version of every path the build wrote one for. */
export function printPages(): string[] {
	return readdirSync('dist/paths', { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => printPath(entry.name))
		.filter((path) => existsSync(`dist${path}index.html`));
}

export function sitePages(): string[] {
	const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
	return [
		...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname),
		'/404.html',
		...printPages(),
	];
}
