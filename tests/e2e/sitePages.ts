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

/**
 * The pages the every-page sweep visits: every page, or only those `E2E_PAGES` lists (paths
 * separated by spaces, as `npm run test:content` sets it). A listed page the build did not write
 * is a mistake in the list, so it stops the run by name.
 */
export function sweptPages(): string[] {
	const all = sitePages();
	const listed = process.env.E2E_PAGES?.split(/\s+/).filter(Boolean);
	if (!listed) return all;
	const missing = listed.filter((path) => !all.includes(path));
	if (missing.length)
		throw new Error(`E2E_PAGES names pages the build did not write: ${missing.join(', ')}`);
	return listed;
}

/** The reading pages: every essay, principle and case study in the sitemap. */
export function readingPages(): string[] {
	return sitePages().filter((path) => /^\/(essays|principles|case-studies)\/[^/]+\/$/.test(path));
}

/**
 * The opening words of a reading page's first body paragraph, from the Markdown copy the build
 * writes beside it (`/essays/tough-love.md`): the text as the author wrote it, so a test can tell
 * the body from the furniture above it.
 */
export function firstParagraphStart(path: string): string {
	const markdown = readFileSync(`dist${path.replace(/\/$/, '')}.md`, 'utf8');
	// After the title, the summary quote and the "Kind: address" line; headings are not paragraphs.
	const paragraph = markdown
		.split(/\n\s*\n/)
		.slice(3)
		.find((block) => !/^(#|>|\||- |\d+\. )/.test(block.trim()));
	if (!paragraph) throw new Error(`dist${path.replace(/\/$/, '')}.md has no body paragraph`);
	// Cut at the first link, emphasis or quote mark: the page shows those differently (curly quotes).
	return paragraph
		.split(/[[(*_`'"]/)[0]!
		.trim()
		.split(/\s+/)
		.slice(0, 6)
		.join(' ');
}
