/**
 * Checks that a file name can be a page id: the id comes from the file name, and ids are
 * lower-case letters, digits and hyphens, starting with a letter.
 */
import type { ContentProblem } from './contentErrors.ts';
import type { RawEntry } from './rawEntry.ts';

/** The problem with `entry`'s file name, with a name that would do, or undefined when it is fine. */
export function fileNameProblem(entry: RawEntry): ContentProblem | undefined {
	if (/^[a-z][a-z0-9-]*$/.test(entry.id)) return undefined;
	const suggestion =
		entry.id
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^[^a-z]+/, '')
			.replace(/-+$/, '') || 'page-name';
	return {
		filePath: entry.filePath,
		lines: [
			`The file name "${entry.id}" cannot be a page id: ids are lower-case letters, digits and hyphens, starting with a letter.`,
			`Fix: rename the file, for example to ${suggestion}${entry.filePath.slice(entry.filePath.lastIndexOf('.'))}.`,
		],
	};
}
