import { expect, test } from 'vitest';
import { sharedPassages } from '../../../src/checks/sharedPassages.ts';

const page = (filePath: string, body: string) => ({ filePath, body });

test('a sentence two pages share nearly word for word is found, with both places', () => {
	const shared =
		'Amazon Publishing moved its authors to monthly royalties, paid sixty days after each month ends.';
	const found = sharedPassages([
		page('content/a.mdx', `First page.\n\n${shared}`),
		page('content/b.mdx', `Another page opens here.\n\nAs we saw, ${shared}`),
	]);
	expect(found).toHaveLength(1);
	expect(found[0]).toMatchObject({
		kind: 'sentence',
		first: { filePath: 'content/a.mdx', line: 3 },
		second: { filePath: 'content/b.mdx', line: 3 },
	});
	expect(found[0]!.likeness).toContain('monthly royalties paid sixty days after each month ends');
});

test('the same page repeating itself, and our own words on the same subject, are not found', () => {
	const text =
		'Amazon Publishing moved its authors to monthly royalties, paid sixty days after each month ends.';
	expect(sharedPassages([page('content/a.mdx', `${text}\n\n${text}`)])).toEqual([]);
	expect(
		sharedPassages([
			page('content/a.mdx', text),
			page('content/b.mdx', 'Writers now get their money every month instead of twice a year.'),
		]),
	).toEqual([]);
});

test('a letter naming rule in parentheses does not make two sentences alike', () => {
	const found = sharedPassages([
		page(
			'content/a.mdx',
			'The 2016 letter (published April 2017) starts with a question about Day 2.',
		),
		page(
			'content/b.mdx',
			'The 2016 letter (published April 2017) starts a list of four essentials.',
		),
	]);
	expect(found).toEqual([]);
});
