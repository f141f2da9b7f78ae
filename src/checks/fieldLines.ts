/** The file line a field of an entry's YAML is written on, for messages that name it. */
import { exactFieldPosition } from './positions.ts';
import type { RawEntry } from './rawEntry.ts';

/**
 * The line of the value at `path` (such as `['steps', 2, 'page']`) in `entry`'s YAML, or undefined
 * when the entry's YAML is not known or does not have it.
 */
export function fieldLine(entry: RawEntry, path: Array<string | number>): number | undefined {
	if (!entry.yaml) return undefined;
	return exactFieldPosition(entry.yaml.text, path, entry.yaml.firstLine)?.line;
}

/**
 * `line N, column C: field` when the field's place is known, else the field alone: how a message
 * names a field, as the content guard's other messages do.
 */
export function atField(entry: RawEntry, path: Array<string | number>, field: string): string {
	const at = entry.yaml && exactFieldPosition(entry.yaml.text, path, entry.yaml.firstLine);
	return at ? `line ${at.line}, column ${at.column}: ${field}` : field;
}
