/**
 * Where a fault stands in its file, so an author error can name its line and column: a place in
 * a page's text, or a front-matter field. Field paths are written as the messages write them:
 * `title`, `principles[1]`, `steps[2].page`.
 */
import { isNode, LineCounter, parseDocument } from 'yaml';

/** A line and a column in a file, both counted from 1. */
export interface Position {
	line: number;
	column: number;
}

/** The position of `offset` in `text`, whose first line is line `firstLine` of its file. */
export function textPosition(text: string, offset: number, firstLine = 1): Position {
	const before = text.slice(0, offset).split('\n');
	return { line: firstLine + before.length - 1, column: before.at(-1)!.length + 1 };
}

/**
 * `message` about the text at `offset` of a page's body, with the fault's line and column in
 * front when the file line the body starts on is known (else the message alone, capitalized).
 */
export function locate(
	page: { body: string; bodyLine?: number },
	offset: number,
	message: string,
): string {
	if (page.bodyLine === undefined) return message.charAt(0).toUpperCase() + message.slice(1);
	const { line, column } = textPosition(page.body, offset, page.bodyLine);
	return `line ${line}, column ${column}: ${message}`;
}

/** `principles[1]` → `['principles', 1]`; undefined for text that is not a field path. */
export function fieldPath(field: string): Array<string | number> | undefined {
	if (!/^[A-Za-z][\w-]*(\[\d+\]|\.[A-Za-z][\w-]*)*$/.test(field)) return undefined;
	return [...field.matchAll(/[A-Za-z][\w-]*|\[(\d+)\]/g)].map((part) =>
		part[1] === undefined ? part[0] : Number(part[1]),
	);
}

/**
 * The position of the value at `path` in `yamlText`, whose first line is line `firstLine` of its
 * file; undefined when the YAML has no such value.
 */
export function exactFieldPosition(
	yamlText: string,
	path: Array<string | number>,
	firstLine = 1,
): Position | undefined {
	return nearestFieldPosition(yamlText, path, firstLine, false);
}

/** The position of the value at `path`, or with `nearest` of the longest part of it that exists. */
function nearestFieldPosition(
	yamlText: string,
	path: Array<string | number>,
	firstLine: number,
	nearest: boolean,
): Position | undefined {
	const lines = new LineCounter();
	const document = parseDocument(yamlText, { lineCounter: lines });
	for (let length = path.length; length > 0; length = nearest ? length - 1 : 0) {
		const node = document.getIn(path.slice(0, length), true);
		if (isNode(node) && node.range) {
			const { line, col } = lines.linePos(node.range[0]);
			return { line: firstLine + line - 1, column: col };
		}
	}
	return undefined;
}

/**
 * The position of the field `path` in `yamlText`: a field that is missing is placed at the
 * nearest part of its path that exists, and a path with nothing at all at the first line.
 */
export function fieldPosition(
	yamlText: string,
	path: Array<string | number>,
	firstLine = 1,
): Position {
	return nearestFieldPosition(yamlText, path, firstLine, true) ?? { line: firstLine, column: 1 };
}
