/**
 * The rules that keep the house in order (README, "Project structure"), checked over the source
 * tree: a fact is written once, routes load and everything below receives, no two files share a
 * name. Each failure names the file and line that breaks a rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

/** Every file under `dir`, repository-relative. */
function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

const sourceFiles = filesUnder(SRC).filter((file) => /\.(ts|astro|mjs)$/.test(file));

/** Lines of code (comments left out) matching `pattern`, as `file:line: text`. */
function codeLinesMatching(files: string[], pattern: RegExp): string[] {
	return files.flatMap((file) =>
		readFileSync(join(ROOT, file), 'utf8')
			.split('\n')
			.flatMap((line, index) => {
				const code = line.trim();
				if (code.startsWith('*') || code.startsWith('//') || code.startsWith('/*')) return [];
				return pattern.test(line) ? [`${file}:${index + 1}: ${code}`] : [];
			}),
	);
}

test('no source file but src/model/urls.ts writes an address of the site', () => {
	// A quoted path that starts with a section, a site page or a site file, or a hand-made join.
	const address =
		/['"`]\/?(principles|case-studies|essays|paths|sources|glossary|search)\/|['"`/}](rss\.xml|sitemap-index\.xml|favicon\.svg|search-data\.json|pagefind\/)|withBase\(/;
	const others = sourceFiles.filter((file) => file !== 'src/model/urls.ts');
	expect(codeLinesMatching(others, address)).toEqual([]);
});

test('only routes load the site; below them, citedSource() is the one documented exception', () => {
	const belowRoutes = sourceFiles.filter(
		(file) => !file.startsWith('src/pages/') && file !== 'src/model/build/loadSite.ts',
	);
	expect(codeLinesMatching(belowRoutes, /\bloadSite\(/)).toEqual([]);
	const citing = codeLinesMatching(belowRoutes, /\bcitedSource\(/).map(
		(line) => line.split(':')[0],
	);
	expect([...new Set(citing)].sort()).toEqual([
		'src/components/Cite.astro',
		'src/components/Quote.astro',
	]);
});

test('a route loads the site at most once', () => {
	const routes = sourceFiles.filter((file) => file.startsWith('src/pages/'));
	const loads = routes.map((file) => ({
		file,
		calls: readFileSync(join(ROOT, file), 'utf8').match(/\bloadSite\(/g)?.length ?? 0,
	}));
	expect(loads.filter((route) => route.calls > 1)).toEqual([]);
});

test.each(['Case study', 'Glossary term', 'glossary/'])(
	'"%s" is written in at most two files under src/',
	(text) => {
		const files = sourceFiles.filter((file) =>
			readFileSync(join(ROOT, file), 'utf8').includes(text),
		);
		expect(files.length, files.join(', ')).toBeLessThanOrEqual(2);
	},
);

test('no two source files share a name', () => {
	// The bench's floor is a site of its own, whose routes and content config Astro names as ours.
	const ownSite = (file: string) => !file.startsWith('tools/floor-site/');
	const code = [...sourceFiles, ...filesUnder(join(ROOT, 'tools'))].filter(
		(file) => /\.(ts|astro|mjs)$/.test(file) && ownSite(file),
	);
	const byName = new Map<string, string[]>();
	for (const file of code)
		byName.set(basename(file), [...(byName.get(basename(file)) ?? []), file]);
	expect([...byName.values()].filter((files) => files.length > 1)).toEqual([]);
});

test('pure modules at a feature root import nothing from build/ or browser/ edges, nor astro:content', () => {
	const features = ['model', 'checks', 'search', 'reading', 'storage', 'cards'];
	const pure = sourceFiles.filter((file) => {
		const [, feature, ...rest] = file.split('/');
		return features.includes(feature!) && rest.length === 1 && file.endsWith('.ts');
	});
	const edgeImport = /^import (?!type ).*from ['"](\.\/(build|browser)\/|astro:content|node:)/;
	expect(codeLinesMatching(pure, edgeImport)).toEqual([]);
});
