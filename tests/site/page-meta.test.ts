/** The <head> a reader never sees, read from the built page: canonical URL, OpenGraph and Twitter. */
import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { builtSite } from './dist.ts';

const DIST = builtSite();

test('each page has a canonical URL and OpenGraph and Twitter meta', () => {
	const $ = load(readFileSync(join(DIST, 'essays/process-as-a-proxy/index.html'), 'utf8'));
	expect($('link[rel="canonical"]').attr('href')).toMatch(/\/essays\/process-as-a-proxy\/$/);
	expect($('meta[property="og:title"]').attr('content')).toMatch(/Process/);
	expect($('meta[property="og:type"]').attr('content')).toBe('article');
	expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
});

test("a path's print version points search engines and search to the path's own page", () => {
	const html = readFileSync(join(DIST, 'paths/first-week/print/index.html'), 'utf8');
	const $ = load(html);
	expect($('link[rel="canonical"]').attr('href')).toMatch(/\/paths\/first-week\/$/);
	// Every step is indexed on its own page: search never offers the copy.
	expect($('[data-pagefind-body]')).toHaveLength(0);
	expect($('main > article').attr('data-pagefind-ignore')).toBe('all');
	const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
	expect(sitemap).toContain('/paths/first-week/</loc>');
	expect(sitemap).not.toContain('/print/');
});
