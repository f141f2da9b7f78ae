/** Reads the real content folder for the corpus tests: front matter and body of every entry. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface RawEntry {
	id: string;
	filePath: string;
	data: Record<string, any>;
	body: string;
}

/** Every entry of `collection`, parsed from `content/<collection>/`. */
export function readCollection(collection: string): RawEntry[] {
	const folder = join(ROOT, 'content', collection);
	return readdirSync(folder)
		.filter((name) => /\.(mdx?|ya?ml)$/.test(name))
		.map((name) => {
			const text = readFileSync(join(folder, name), 'utf8');
			const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
			return {
				id: name.replace(/\.[^.]+$/, ''),
				filePath: `content/${collection}/${name}`,
				data: parse(match ? match[1]! : text) ?? {},
				body: match ? match[2]! : '',
			};
		});
}

/** The texts the originality test compares every page against. */
export function readSecondarySources(): Array<{ name: string; text: string }> {
	const folder = join(ROOT, 'tests/content/secondary-sources');
	return readdirSync(folder)
		.filter((name) => name.endsWith('.txt'))
		.map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
}
