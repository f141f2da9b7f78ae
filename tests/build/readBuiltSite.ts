/** Reads a built site from disk for the link check and the HTML check. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BuiltPage } from '../../tools/lib/siteLinks.ts';

/** Every HTML file under `outDir`, as a path that starts with `outDir`, in a stable order. */
export function builtHtmlFiles(outDir: string): string[] {
	return readdirSync(outDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/** The HTML pages of a built site by URL path, and every other file. */
export function readBuiltSite(
	outDir: string,
	base = '/',
): { pages: BuiltPage[]; files: Set<string> } {
	const pages: BuiltPage[] = [];
	const files = new Set<string>();
	const prefix = base.replace(/\/?$/, '/');
	for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = join(entry.parentPath, entry.name);
		const path = `${prefix}${relative(outDir, file).split('\\').join('/')}`;
		if (entry.name.endsWith('.html')) {
			pages.push({ path: path.replace(/index\.html$/, ''), html: readFileSync(file, 'utf8') });
		} else files.add(path);
	}
	return { pages, files };
}
