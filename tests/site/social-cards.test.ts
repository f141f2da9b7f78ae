/**
 * Every page's link preview: an `og:image` that is a PNG of 1200×630 in the built site, with its
 * size and alt text beside it, and a large Twitter card. Read from the built pages and images.
 */
import { load } from 'cheerio';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { builtHtmlFiles } from '../build/readBuiltSite.ts';
import { builtSite } from './dist.ts';

const DIST = builtSite();
const SITE = 'https://day-one.example';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG's width and height, from its IHDR chunk (which must come first), or why it is no PNG. */
function pngSize(file: string): { width: number; height: number } | string {
	const bytes = readFileSync(file);
	if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'not a PNG';
	if (bytes.toString('latin1', 12, 16) !== 'IHDR') return 'no IHDR chunk first';
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const pages = builtHtmlFiles(DIST).map((file) => relative(DIST, file));
/** A test that reads every page (or every card) gets longer than the default 5 s. */
const WHOLE_SITE_TIMEOUT = 30_000;

test('the site has pages to check', () => {
	expect(pages.length).toBeGreaterThan(50);
});

test.each(pages)('%s has a 1200×630 PNG social card with its alt text', (page) => {
	const $ = load(readFileSync(join(DIST, page), 'utf8'));
	const image = $('meta[property="og:image"]').attr('content') ?? '';
	expect(image, 'og:image').toMatch(new RegExp(`^${SITE}/og/.+\\.png$`));
	const file = join(DIST, new URL(image).pathname);
	expect(existsSync(file), `${image} is not in dist/`).toBe(true);
	expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
	expect($('meta[property="og:image:width"]').attr('content')).toBe('1200');
	expect($('meta[property="og:image:height"]').attr('content')).toBe('630');
	const alt = $('meta[property="og:image:alt"]').attr('content') ?? '';
	expect(alt, 'og:image:alt').not.toBe('');
	expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
	expect($('meta[name="twitter:image"]').attr('content')).toBe(image);
});

/**
 * The page whose card a page shows: its own, or, for a copy of another page (the 404 page of the
 * home page, a path's print version of the path), the page it copies, named by its canonical URL.
 */
function cardOwner(page: string, canonical: string): string {
	if (page === '404.html') return 'index.html';
	return `${new URL(canonical).pathname.slice(1)}index.html`;
}

test(
	'each card is its own page’s: its alt text names the page’s title, and only a copy of a page shares its card',
	() => {
		const byImage = new Map<string, string[]>();
		const titles = new Map<string, string>();
		const owners = new Map<string, string>();
		const alts = new Map<string, string>();
		// Each page is read once: the whole site, parsed twice, outlasted the time limit on a loaded machine.
		for (const page of pages) {
			const $ = load(readFileSync(join(DIST, page), 'utf8'));
			const image = $('meta[property="og:image"]').attr('content')!;
			titles.set(page, $('meta[property="og:title"]').attr('content')!);
			alts.set(page, $('meta[property="og:image:alt"]').attr('content')!);
			owners.set(page, cardOwner(page, $('link[rel="canonical"]').attr('href')!));
			byImage.set(image, [...(byImage.get(image) ?? []), page]);
		}
		for (const page of pages) expect(alts.get(page), page).toContain(titles.get(owners.get(page)!));
		for (const users of byImage.values()) {
			const owner = owners.get(users[0]!)!;
			expect(
				users.every((page) => owners.get(page) === owner),
				users.join(', '),
			).toBe(true);
		}
		const copies = pages.filter((page) => owners.get(page) !== page);
		expect(copies.sort()).toEqual([
			'404.html',
			'paths/first-week/print/index.html',
			'paths/thirty-minute-introduction/print/index.html',
		]);
	},
	WHOLE_SITE_TIMEOUT,
);

test("an entry's card names its kind and the principles it names", () => {
	const $ = load(readFileSync(join(DIST, 'case-studies/amazon-prime/index.html'), 'utf8'));
	expect($('meta[property="og:image"]').attr('content')).toBe(
		`${SITE}/og/case-studies/amazon-prime.png`,
	);
	expect($('meta[property="og:image:alt"]').attr('content')).toMatch(
		/^Case study: Amazon Prime: .*\. Shows .*Customer obsession.*\. Day One\.$/,
	);
});

test('the build keeps every card it wrote in the cache, so the next build need not draw it', () => {
	// One folder for every build of the project (astro.config.mjs, SOCIAL_CARDS_CACHE).
	const folder = join(DIST, '../.cache/social-cards');
	const kept = new Set(
		readdirSync(folder).map((file) =>
			createHash('sha256')
				.update(readFileSync(join(folder, file)))
				.digest('hex'),
		),
	);
	const cards = readdirSync(join(DIST, 'og'), { recursive: true, encoding: 'utf8' }).filter(
		(file) => file.endsWith('.png'),
	);
	expect(cards.length).toBeGreaterThan(50);
	const missing = cards.filter(
		(file) =>
			!kept.has(
				createHash('sha256')
					.update(readFileSync(join(DIST, 'og', file)))
					.digest('hex'),
			),
	);
	expect(missing).toEqual([]);
});
