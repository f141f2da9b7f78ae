/**
 * Checks a page's front matter (or a YAML entry's whole file): that it is valid YAML, then that
 * it fits its collection's schema, one line per field for the author.
 */
import type { z } from 'astro/zod';
import type { ContentProblem } from './contentErrors.ts';
import type { ParsedEntry, RawEntry } from './rawEntry.ts';

/**
 * What the front matter check found: the entry with its schema's output, or the problem. An entry
 * whose collection has no schema is not checked (`undefined`).
 */
export type FrontMatterResult = { entry: ParsedEntry } | { problem: ContentProblem } | undefined;

function issueLine(issue: z.core.$ZodIssue): string {
	const field = issue.path
		.map((part, index) =>
			typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`,
		)
		.join('');
	if (issue.code === 'unrecognized_keys')
		return `${issue.keys.join(', ')}: not a field of this kind of page. Remove it, or check its spelling.`;
	return `${field || '(front matter)'}: ${issue.message}`;
}

/** Parses `entry`'s front matter with its collection's schema from `schemas`. */
export function checkFrontMatter(
	entry: RawEntry,
	schemas: Record<string, z.ZodType>,
): FrontMatterResult {
	if (entry.parseError) {
		return {
			problem: {
				filePath: entry.filePath,
				lines: [`The front matter is not valid YAML: ${entry.parseError}`],
			},
		};
	}
	const schema = schemas[entry.collection];
	if (!schema) return undefined;
	const result = schema.safeParse(entry.data ?? {});
	if (!result.success) {
		return { problem: { filePath: entry.filePath, lines: result.error.issues.map(issueLine) } };
	}
	return { entry: { ...entry, data: result.data as Record<string, unknown> } };
}
