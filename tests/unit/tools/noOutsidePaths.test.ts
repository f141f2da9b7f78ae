/**
 * No comment or string may send a reader to a file outside the repository: a cloner never has
 * it. Notes about the stack belong in docs/stack-traps.md.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SCANNED = [
	'src',
	'tools',
	'tests',
	'docs',
	'astro.config.mjs',
	'README.md',
	'CONTRIBUTING.md',
];
/** Copied content and generated files, not the project's own words. */
const SKIPPED = new Set(['tests/fixtures', 'node_modules']);
/** Built from parts, so this file does not match itself. */
const OUTSIDE = ['..', 'shared'].join('/');

function filesUnder(path: string): string[] {
	const rel = relative(ROOT, path);
	if (SKIPPED.has(rel) || path.endsWith('node_modules')) return [];
	if (!statSync(path).isDirectory()) return [path];
	return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

test(`no file names a path in ${OUTSIDE}, outside the repository`, () => {
	const found: string[] = [];
	for (const file of SCANNED.flatMap((path) => filesUnder(resolve(ROOT, path)))) {
		readFileSync(file, 'utf8')
			.split('\n')
			.forEach((line, index) => {
				if (line.includes(OUTSIDE))
					found.push(`${relative(ROOT, file)}:${index + 1}: ${line.trim()}`);
			});
	}
	expect(found).toEqual([]);
});
