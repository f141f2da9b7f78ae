import { expect, test } from 'vitest';
import { changedPages } from '../../../tools/lib/changedPages.ts';

test('an entry brings its own page and its list; a path brings its print version too', () => {
	expect(
		changedPages(['content/essays/tough-love.mdx', 'content/paths/onboarding.yaml']).pages,
	).toEqual([
		'/essays/',
		'/essays/tough-love/',
		'/paths/',
		'/paths/onboarding/',
		'/paths/onboarding/print/',
	]);
});

test('an entry on a shared page brings that page once, without its anchor', () => {
	expect(
		changedPages(['content/glossary/day-1.yaml', 'content/glossary/flywheel.yaml']).pages,
	).toEqual(['/glossary/']);
});

test('files that are not content entries are returned apart, not guessed at', () => {
	expect(
		changedPages([
			'src/pages/index.astro',
			'content/README.md',
			'content/recipes/cake.mdx',
			'README.md',
		]),
	).toEqual({
		pages: [],
		other: ['src/pages/index.astro', 'content/README.md', 'content/recipes/cake.mdx', 'README.md'],
	});
});

test('another content folder is read as the content root', () => {
	expect(changedPages(['fixtures/essays/a.mdx'], './fixtures/').pages).toEqual([
		'/essays/',
		'/essays/a/',
	]);
});
