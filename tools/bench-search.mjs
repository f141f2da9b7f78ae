// Search benchmark: bytes transferred and time to first results for a cold search (nothing of
// search loaded yet) and a warm one (a second query on the same page), on the real site and on a
// generated 10,000-page corpus. Medians of several runs; see README, "Benchmarks".
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { chromium } from '@playwright/test';
import { buildSearchData } from '../src/search/searchVocabulary.ts';
import { formatBytes, formatTable, median } from './lib/stats.ts';
import { syntheticPage } from './lib/syntheticCorpus.ts';
import { browserLaunch } from './browserFacts.mjs';
import { serveStatic } from './staticServer.mjs';

const PORT = 4395;
const QUERY_PAIRS = [
	['prime', 'royalties'],
	['customer obsession', 'decision'],
	['proxies', 'trust'],
	['invent', 'letter'],
	['zappos', 'surveys'],
];

/** Runs every query pair in a fresh browser context and returns medians. */
async function measure(browser, origin, bytesSent) {
	const cold = { bytes: [], ms: [] };
	const warm = { bytes: [], ms: [] };
	for (const [first, second] of QUERY_PAIRS) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
		for (const [query, into] of [
			[first, cold],
			[second, warm],
		]) {
			const before = bytesSent();
			const ms = await page.evaluate(
				(query) =>
					new Promise((resolve, reject) => {
						const list = document.querySelector('search-page .search-results');
						const input = document.querySelector('#search-query');
						const start = performance.now();
						const observer = new MutationObserver(() => {
							if (list.children.length > 0) {
								observer.disconnect();
								resolve(performance.now() - start);
							}
						});
						observer.observe(list, { childList: true });
						list.replaceChildren();
						input.value = query;
						input.form.requestSubmit();
						setTimeout(() => reject(new Error(`no results for ${query}`)), 30_000);
					}),
				query,
			);
			await page.waitForLoadState('networkidle');
			into.bytes.push(bytesSent() - before);
			into.ms.push(ms);
		}
		await context.close();
	}
	return {
		cold: { bytes: median(cold.bytes), ms: median(cold.ms) },
		warm: { bytes: median(warm.bytes), ms: median(warm.ms) },
	};
}

/** A copy of the built site with 10,000 generated pages added to it and to its search index. */
async function syntheticSite(dist, pages) {
	const root = mkdtempSync(join(tmpdir(), 'day-one-bench-'));
	cpSync(dist, root, { recursive: true });
	rmSync(join(root, 'pagefind'), { recursive: true, force: true });
	const { words: real, synonyms } = JSON.parse(
		readFileSync(join(dist, 'search-data.json'), 'utf8'),
	);
	const words = real.split(' ');
	const texts = [];
	for (let index = 0; index < pages; index++) {
		const page = syntheticPage(index, words);
		const body = page.sections
			.map(
				(section, n) =>
					`<h2 id="s${n}">${section.heading}</h2>${section.paragraphs.map((p) => `<p>${p}</p>`).join('')}`,
			)
			.join('');
		mkdirSync(join(root, 'bench', page.id), { recursive: true });
		writeFileSync(
			join(root, 'bench', page.id, 'index.html'),
			`<!doctype html><html lang="en"><head><title>${page.title}</title></head><body><main><article data-pagefind-body data-pagefind-filter="type:Essay"><h1>${page.title}</h1><p>${page.summary}</p>${body}</article></main></body></html>`,
		);
		texts.push(
			`${page.title} ${page.summary} ${page.sections.map((s) => s.paragraphs.join(' ')).join(' ')}`,
		);
	}
	const { index } = await pagefind.createIndex({});
	const added = await index.addDirectory({ path: root });
	await index.writeFiles({ outputPath: join(root, 'pagefind') });
	await pagefind.close();
	writeFileSync(
		join(root, 'search-data.json'),
		JSON.stringify(buildSearchData([...texts, ...words], synonyms)),
	);
	return { root, pageCount: added.page_count };
}

export async function benchSearch(dist, { pages = 10_000 } = {}) {
	const launch = browserLaunch();
	if (!launch)
		throw new Error('No Chromium for the search benchmark: run npm test once, or see README.');
	const browser = await chromium.launch(launch);
	const rows = [];
	try {
		const sites = [{ name: 'real site', root: dist }];
		console.log(`Generating and indexing a ${pages.toLocaleString('en-US')}-page corpus...`);
		const synthetic = await syntheticSite(dist, pages);
		sites.push({
			name: `${synthetic.pageCount.toLocaleString('en-US')} pages`,
			root: synthetic.root,
		});
		for (const site of sites) {
			const { stop, bytesSent } = await serveStatic(site.root, PORT);
			try {
				const { cold, warm } = await measure(browser, `http://127.0.0.1:${PORT}`, bytesSent);
				rows.push([
					site.name,
					formatBytes(cold.bytes),
					`${Math.round(cold.ms)} ms`,
					formatBytes(warm.bytes),
					`${Math.round(warm.ms)} ms`,
				]);
			} finally {
				await stop();
			}
		}
		rmSync(synthetic.root, { recursive: true, force: true });
	} finally {
		await browser.close();
	}
	console.log(
		`\nSearch: medians of ${QUERY_PAIRS.length} runs, bytes as sent by the server (gzip, loopback, no throttling)`,
	);
	console.log(
		formatTable(
			['site', 'cold bytes', 'cold time to results', 'warm bytes', 'warm time to results'],
			rows,
		),
	);
	return rows;
}
