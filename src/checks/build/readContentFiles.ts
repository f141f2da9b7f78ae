/**
 * Reads every content file from disk for the content guard: front matter (or the whole YAML
 * file) and the MDX body, one entry per file, the id from the file name, as Astro's loader does;
 * with the YAML's text, for the lines of fields, and where the file first breaks UTF-8, if it does.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { ALL_COLLECTIONS, COLLECTIONS, type CollectionName } from '../../model/collections.ts';
import { findInvalidUtf8 } from '../encoding.ts';
import type { RawEntry } from '../rawEntry.ts';

/** Every extension any collection reads: a file of one kind in another's folder is still checked. */
const CONTENT_EXTENSIONS = new Set(ALL_COLLECTIONS.flatMap((name) => COLLECTIONS[name].files.read));

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * The content folder of the project at `projectRoot`: `content/`, or the fixture folder a test
 * build names in `DAY_ONE_CONTENT` (as `src/content.config.ts` reads it for Astro).
 */
export function contentFolder(projectRoot: string): string {
	return resolve(projectRoot, process.env.DAY_ONE_CONTENT ?? 'content');
}

/**
 * Every entry under `contentRoot` of `collections` (all of them unless named), with paths
 * relative to `projectRoot`.
 */
export function readContentFiles(
	contentRoot: string,
	projectRoot: string,
	collections: readonly CollectionName[] = ALL_COLLECTIONS,
): RawEntry[] {
	const entries: RawEntry[] = [];
	for (const collection of collections) {
		const folder = join(contentRoot, collection);
		if (!existsSync(folder)) continue;
		for (const name of readdirSync(folder).sort()) {
			const extension = name.slice(name.lastIndexOf('.') + 1);
			if (name.startsWith('_') || !name.includes('.') || !CONTENT_EXTENSIONS.has(extension))
				continue;
			const file = join(folder, name);
			const bytes = readFileSync(file);
			const text = bytes.toString('utf8');
			const isMdx = /\.mdx?$/.test(name);
			const match = isMdx ? FRONT_MATTER.exec(text) : null;
			const entry: RawEntry = {
				collection,
				id: name.replace(/\.[^.]+$/, ''),
				filePath: relative(projectRoot, file),
				data: undefined,
				body: match ? match[2]! : '',
				// The front matter's lines and its two fences come before the body.
				bodyLine: match ? match[1]!.split('\n').length + 3 : 1,
			};
			const invalidUtf8 = findInvalidUtf8(bytes);
			if (invalidUtf8) entry.invalidUtf8 = invalidUtf8;
			if (!isMdx) entry.yaml = { text, firstLine: 1 };
			else if (match) entry.yaml = { text: match[1]!, firstLine: 2 };
			try {
				entry.data = parse(isMdx ? (match?.[1] ?? '') : text) ?? {};
			} catch (error) {
				entry.parseError = (error as Error).message.split('\n')[0];
			}
			entries.push(entry);
		}
	}
	return entries;
}
