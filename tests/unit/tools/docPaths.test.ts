import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { repoPathsIn } from '../../../tools/lib/docPaths.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

test('paths in code spans are found, placeholders cut off and other spans ignored', () => {
	expect(
		repoPathsIn(
			'See `src/lib/x.ts`, `content/<collection>/`, `tools/new.mjs`, `docs/a.md`, `npm test` and `a/b`.',
		),
	).toEqual(['content/', 'docs/a.md', 'src/lib/x.ts', 'tools/new.mjs']);
});

const DOCS = [
	'README.md',
	'CONTRIBUTING.md',
	...readdirSync(resolve(ROOT, 'docs'))
		.filter((file) => file.endsWith('.md'))
		.map((file) => `docs/${file}`),
];

test('the documents checked include every Markdown file in docs/', () => {
	expect(DOCS.filter((doc) => doc.startsWith('docs/')).length).toBeGreaterThan(0);
});

test.each(DOCS)('every path %s names exists', (doc) => {
	const missing = repoPathsIn(readFileSync(resolve(ROOT, doc), 'utf8')).filter(
		(path) => !existsSync(resolve(ROOT, path)),
	);
	expect(missing).toEqual([]);
});
