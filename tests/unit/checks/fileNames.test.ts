import { expect, test } from 'vitest';
import { fileNameProblem } from '../../../src/checks/fileNames.ts';
import type { RawEntry } from '../../../src/checks/rawEntry.ts';

const entry = (id: string, extension = '.mdx'): RawEntry => ({
	collection: 'principles',
	id,
	filePath: `content/principles/${id}${extension}`,
	data: {},
	body: '',
});

test('a file name that is an id passes', () => {
	expect(fileNameProblem(entry('customer-obsession'))).toBeUndefined();
	expect(fileNameProblem(entry('letter-2016', '.yaml'))).toBeUndefined();
});

test('a file name that cannot be an id is refused with a suggested name', () => {
	expect(fileNameProblem(entry('70-Percent Rule'))).toEqual({
		filePath: 'content/principles/70-Percent Rule.mdx',
		lines: [
			'The file name "70-Percent Rule" cannot be a page id: ids are lower-case letters, digits and hyphens, starting with a letter.',
			'Fix: rename the file, for example to percent-rule.mdx.',
		],
	});
});

test('the suggestion keeps the extension, and falls back to page-name when nothing is left', () => {
	expect(fileNameProblem(entry('Day_One', '.yaml'))!.lines[1]).toBe(
		'Fix: rename the file, for example to day-one.yaml.',
	);
	expect(fileNameProblem(entry('2016'))!.lines[1]).toBe(
		'Fix: rename the file, for example to page-name.mdx.',
	);
});
