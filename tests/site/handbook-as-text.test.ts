/**
 * The handbook as text: `/llms.txt` links every entry page's Markdown, and each of those is there,
 * titled, with every citation written out (no MDX left) and each source linked where the page
 * marks it, no more.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtSite } from './dist.ts';

const dist = builtSite();
const outline = readFileSync(join(dist, 'llms.txt'), 'utf8');
const pageDirs = (collection: string) =>
	readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')
		.match(new RegExp(`/${collection}/[a-z0-9-]+/(?=<)`, 'g'))
		?.map((path) => path.slice(0, -1)) ?? [];

test('the outline starts with the handbook name and summary, then a section a kind', () => {
	expect(outline).toMatch(/^# Day One\n\n> A handbook for new employees/);
	for (const heading of ['Principles', 'Case studies', 'Essays', 'Sources', 'Glossary'])
		expect(outline).toContain(`\n## ${heading}\n`);
});

describe.each(['principles', 'case-studies', 'essays', 'sources', 'paths'])('%s', (collection) => {
	const pages = pageDirs(collection);

	test('every page is in the outline, linked to its Markdown, which exists', () => {
		expect(pages.length).toBeGreaterThan(0);
		for (const page of pages) {
			expect(outline).toContain(`](${page}.md): `);
			expect(existsSync(join(dist, `${page}.md`)), page).toBe(true);
		}
	});

	test('each Markdown page has its title, its address and no MDX left', () => {
		for (const page of pages) {
			const markdown = readFileSync(join(dist, `${page}.md`), 'utf8');
			expect(markdown).toMatch(/^# \S/);
			expect(markdown).toContain(`: ${page}/\n`);
			expect(markdown).not.toMatch(/<(Cite|Quote)\b/);
		}
	});
});

describe.each(['principles', 'case-studies', 'essays', 'sources'])('%s', (collection) => {
	test('each Markdown page links a source where its page shows a marker or a quotation names one', () => {
		for (const page of pageDirs(collection)) {
			const markdown = readFileSync(join(dist, `${page}.md`), 'utf8');
			const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
			// A citation written out: "([2016 letter](/sources/letter-2016/))".
			const links = markdown.match(/\(\[[^\]]+\]\(\/sources\/[a-z0-9-]+\/\)\)/g) ?? [];
			const markers = html.match(/<sup class="cite"/g) ?? [];
			const blockQuotations = markdown.match(/^> \(\[/gm) ?? [];
			expect(links.length, page).toBe(markers.length + blockQuotations.length);
		}
	});
});

test('a glossary term links to its definition on the glossary page', () => {
	expect(outline).toMatch(/- \[Proxy\]\(\/glossary\/#proxy\): Anything that stands in/);
});

test("a path's Markdown gives each step's checks with their answers", () => {
	const markdown = readFileSync(join(dist, 'paths/thirty-minute-introduction.md'), 'utf8');
	expect(markdown).toContain(
		'   Check: What does the 2008 letter call the approach of starting from the skills a company already has?\n   - A. Working backwards\n',
	);
	expect(markdown).toMatch(/\n {3}- Answer: B\.\n {5}- A: Working backwards is the opposite/);
});
