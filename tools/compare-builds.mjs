// Compares two builds of the site as a reader meets them: for every page, its visible text, its
// links and its element ids. A refactor must leave all three alone; anything that differs is listed
// with the page and both values, so every intended difference can be named in its commit.
//
//   node tools/compare-builds.mjs <before-dist> <after-dist>
//
// Exits 0 when the builds read the same, 1 when they differ.
import { load } from 'cheerio';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const [beforeDir, afterDir] = process.argv.slice(2);
if (!beforeDir || !afterDir) {
	console.error('Usage: node tools/compare-builds.mjs <before-dist> <after-dist>');
	process.exit(2);
}

/** Every HTML page under `dir`, by its path relative to `dir`. */
function pagesIn(dir) {
	const pages = new Map();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
		const file = join(entry.parentPath, entry.name);
		pages.set(relative(dir, file), readFileSync(file, 'utf8'));
	}
	return pages;
}

/** What a reader gets from one page: its title and text, where its links go, the ids it offers. */
function readerView(html) {
	const $ = load(html);
	$('script, style, template').remove();
	const text = `${$('title').text()} | ${$('body').text()}`.replace(/\s+/g, ' ').trim();
	// Built asset names carry a content hash that changes with any code change: compare their role, not their name.
	const unhash = (href) => href.replace(/\/_astro\/([^/?#]+?)\.[\w-]{8}\.(\w+)/, '/_astro/$1.*.$2');
	const links = $('a[href], link[href]')
		.map((_, element) => `${$(element).attr('rel') ?? 'a'} ${unhash($(element).attr('href'))}`)
		.get();
	const ids = $('[id]')
		.map((_, element) => $(element).attr('id'))
		.get();
	return { text, links, ids };
}

/** The first place two texts part, with a little of each side. */
function firstDifference(a, b) {
	let index = 0;
	while (index < a.length && a[index] === b[index]) index += 1;
	const from = Math.max(0, index - 60);
	return `\n      before: …${a.slice(from, index + 80)}…\n      after:  …${b.slice(from, index + 80)}…`;
}

/** Items in one list and not the other, counting repeats. */
function listDifference(a, b) {
	const count = (list) =>
		list.reduce((map, item) => map.set(item, (map.get(item) ?? 0) + 1), new Map());
	const left = count(a);
	const right = count(b);
	const lines = [];
	for (const [item, n] of left) if ((right.get(item) ?? 0) < n) lines.push(`- ${item}`);
	for (const [item, n] of right) if ((left.get(item) ?? 0) < n) lines.push(`+ ${item}`);
	if (lines.length === 0 && a.join('\n') !== b.join('\n'))
		lines.push('(same items, another order)');
	return lines;
}

const before = pagesIn(beforeDir);
const after = pagesIn(afterDir);
const report = [];
for (const path of [...new Set([...before.keys(), ...after.keys()])].sort()) {
	if (!after.has(path)) report.push(`${path}: only in ${beforeDir}`);
	else if (!before.has(path)) report.push(`${path}: only in ${afterDir}`);
	else {
		const a = readerView(before.get(path));
		const b = readerView(after.get(path));
		if (a.text !== b.text) report.push(`${path}: text differs${firstDifference(a.text, b.text)}`);
		for (const kind of ['links', 'ids']) {
			const lines = listDifference(a[kind], b[kind]);
			if (lines.length) report.push(`${path}: ${kind} differ\n      ${lines.join('\n      ')}`);
		}
	}
}

console.log(report.join('\n'));
console.log(
	`${before.size} pages before, ${after.size} after: ${report.length === 0 ? 'the same text, links and ids on every page' : `${report.length} differences`}.`,
);
process.exit(report.length === 0 ? 0 : 1);
