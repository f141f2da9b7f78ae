/**
 * Checks that every component an MDX body uses (`<Foo />`, `<Foo>…</Foo>`: a capitalized tag) is
 * one pages may use, or one the page imports. Astro would otherwise stop while rendering with
 * "Expected component `Foo` to be defined", naming the page's address but not its file or line.
 */
import { MDX_COMPONENT_NAMES } from '../components/mdxComponentNames.ts';
import type { ContentProblem } from './contentErrors.ts';
import { blankCode } from './mdxBody.ts';
import { textPosition } from './positions.ts';

/** A page's text and where it starts in its file. */
export interface ComponentPage {
	filePath: string;
	body: string;
	/** The file line the body starts on. */
	bodyLine: number;
}

/** The names a body imports itself (`import Chart from './Chart.astro'`). */
function importedNames(body: string): Set<string> {
	const names = new Set<string>();
	for (const [, clause] of body.matchAll(/^import\s+([^;'"]+?)\s+from\s/gm)) {
		for (const name of clause!.match(/[A-Za-z_$][\w$]*/g) ?? []) names.add(name);
	}
	return names;
}

/** The edits (insert, delete, change a letter) that turn `a` into `b`. */
function distance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			row[j] = Math.min(
				previous[j]! + 1,
				row[j - 1]! + 1,
				previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		}
		previous = row;
	}
	return previous[b.length]!;
}

/** The component `name` was probably meant to be, if one is close to it. */
function closest(name: string): string | undefined {
	const lower = name.toLowerCase();
	return MDX_COMPONENT_NAMES.find((known) => {
		const other = known.toLowerCase();
		return lower.startsWith(other) || other.startsWith(lower) || distance(lower, other) <= 2;
	});
}

/** Every capitalized tag in `page`'s body that names no component a page may use. */
export function unknownComponentProblems(page: ComponentPage): ContentProblem[] {
	const known = new Set<string>([...MDX_COMPONENT_NAMES, ...importedNames(page.body)]);
	const lines: string[] = [];
	for (const match of blankCode(page.body).matchAll(/<([A-Z][\w$]*)(?:\.[\w$]+)*(?=[\s/>])/g)) {
		const name = match[1]!;
		if (known.has(name)) continue;
		const { line, column } = textPosition(page.body, match.index, page.bodyLine);
		const tag = match[0].slice(1);
		const guess = closest(name);
		lines.push(
			`line ${line}, column ${column}: <${tag}> is not a component pages can use.`,
			`Expected one of: ${MDX_COMPONENT_NAMES.map((known) => `<${known}>`).join(', ')}.`,
			guess
				? `Fix: write <${guess}> (names are case-sensitive).`
				: 'Fix: use one of those, or write the words without the tag; a tag whose name starts with a capital letter is read as a component.',
		);
	}
	return lines.length > 0 ? [{ filePath: page.filePath, lines }] : [];
}
