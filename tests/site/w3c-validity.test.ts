/**
 * Every built page passes the W3C Nu HTML checker (vnu-jar) with no error and no warning, as do
 * the site's own CSS and SVG files. It parses as browsers do, so it sees what html-validate does
 * not (a <script> after </html>). One Java process checks every file; each page is its own test.
 */
import { load } from 'cheerio';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { w3cFindings } from '../../tools/lib/w3cFindings.ts';
import { runW3cChecker } from '../../tools/w3cChecker.mjs';
import { builtHtmlFiles } from '../build/readBuiltSite.ts';
import { builtSite } from './dist.ts';

const DIST = builtSite();
const pages = builtHtmlFiles(DIST);
// The site's own styles and images; pagefind/ holds Pagefind's UI files, which no page loads.
const assets = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
	.filter((file) => /\.(css|svg)$/.test(file) && !file.startsWith('pagefind/'))
	.map((file) => join(DIST, file));

// A page with two faults the checker must report, so this file can fail: a script after </html>
// (what every page had) and a script from another origin, which the policy blocks.
const BAD_PAGE =
	[
		'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A bad page</title>',
		`<meta http-equiv="content-security-policy" content="script-src 'self'"></head>`,
		'<body><p>Bad.</p><script src="https://cdn.example/a.js"></script></body></html>',
		'<script type="module" src="/after.js"></script>',
	].join('\n') + '\n';
const badPage = join(mkdtempSync(join(tmpdir(), 'day-one-w3c-')), 'bad.html');
writeFileSync(badPage, BAD_PAGE);

let findings = new Map<string, string[]>();
beforeAll(() => {
	findings = w3cFindings(runW3cChecker([...pages, ...assets, badPage]));
}, 180_000);

/** The checker's findings on `file`, each prefixed with the file's path in dist/. */
function findingsOn(file: string): string[] {
	const name = relative(DIST, file);
	return (findings.get(pathToFileURL(file).href.replace(/^file:\/\//, 'file:')) ?? []).map(
		(finding) => `${name}:${finding}`,
	);
}

test('the checker reports a page with faults, naming the line and the fault', () => {
	const faults = findings.get(pathToFileURL(badPage).href.replace(/^file:\/\//, 'file:')) ?? [];
	expect(faults).toEqual(
		expect.arrayContaining([
			expect.stringMatching(/^4:\d+ error: Stray start tag “script”/),
			expect.stringMatching(/warning: .*external script “https:\/\/cdn\.example\/a\.js” blocked/),
		]),
	);
});

test('every problem the checker reports is in a file it was given', () => {
	const given = new Set(
		[...pages, ...assets, badPage].map((file) =>
			pathToFileURL(file).href.replace(/^file:\/\//, 'file:'),
		),
	);
	expect([...findings].filter(([document]) => !given.has(document))).toEqual([]);
});

describe('valid HTML (W3C Nu HTML checker)', () => {
	test.each(pages.map((file) => [relative(DIST, file), file]))('%s', (_name, file) => {
		expect(findingsOn(file)).toEqual([]);
	});
});

test.each(assets.map((file) => [relative(DIST, file), file]))(
	'valid CSS or SVG: %s',
	(_name, file) => {
		expect(findingsOn(file)).toEqual([]);
	},
);

/** The CSP hash of `text`, as a browser computes it: over the exact text, spaces and all. */
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

// The checker hashes a <style> after trimming it, so its word on inline styles is left out
// (tools/lib/w3cFindings.ts); this is the same check done as a browser does it.
test.each(pages.map((file) => [relative(DIST, file), file]))(
	'every inline script and style of %s is allowed by the hash of its exact text',
	(_name, file) => {
		const $ = load(readFileSync(file, 'utf8'));
		const policy = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
		const directive = (name: string) =>
			policy.split(';').find((part) => part.trim().startsWith(`${name} `)) ?? '';
		const missing = [
			...$('style')
				.toArray()
				.filter((element) => !directive('style-src').includes(hashOf($(element).text())))
				.map((element) => `style: ${$(element).text().slice(0, 60)}`),
			...$('script:not([src])')
				.toArray()
				.filter((element) => !directive('script-src').includes(hashOf($(element).text())))
				.map((element) => `script: ${$(element).text().slice(0, 60)}`),
		];
		expect(missing).toEqual([]);
	},
);
