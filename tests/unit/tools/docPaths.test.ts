import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { repoPathsIn } from '../../../tools/lib/docPaths.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

test('paths in code spans are found, placeholders cut off and other spans ignored', () => {
	expect(repoPathsIn('See `src/lib/x.ts`, `content/<collection>/`, `npm test` and `a/b`.')).toEqual(
		['content/', 'src/lib/x.ts'],
	);
});

test.each(['README.md', 'CONTRIBUTING.md'])('every path %s names exists', (doc) => {
	const missing = repoPathsIn(readFileSync(resolve(ROOT, doc), 'utf8')).filter(
		(path) => !existsSync(resolve(ROOT, path)),
	);
	expect(missing).toEqual([]);
});
