/**
 * Messages for authors. Each names the file, the field, what was written, what is allowed and one
 * fix, so an author can mend a page without reading the site's code.
 */
import type { BrokenReference } from './contentReferences.ts';
import { COLLECTIONS, isCollectionName } from '../model/collections.ts';

/** How many accepted values a message lists before it says "and N more". */
const MAX_LISTED = 12;

/** A problem in one content file, ready to print. */
export interface ContentProblem {
	filePath: string;
	/** The lines under the file name, without indentation. */
	lines: string[];
}

function listAllowed(values: string[]): string {
	if (values.length === 0) return '(none yet)';
	const shown = values.slice(0, MAX_LISTED).join(', ');
	const rest = values.length - MAX_LISTED;
	return rest > 0 ? `${shown}, and ${rest} more` : shown;
}

/** Describes a reference to an entry that does not exist. */
export function brokenReferenceProblem(broken: BrokenReference): ContentProblem {
	const folder = `content/${broken.collection}/`;
	const extension = isCollectionName(broken.collection)
		? COLLECTIONS[broken.collection].files.create
		: '';
	return {
		filePath: broken.filePath,
		lines: [
			`${broken.field}: "${broken.received}" is not a known entry of ${broken.collection}.`,
			`Expected one of: ${listAllowed(broken.known)}.`,
			`Fix: use an id from ${folder} (the file name without its extension), or add ${folder}${broken.received}${extension} first.`,
		],
	};
}

/** Prints every problem grouped by file, then one line with the count. */
export function formatContentProblems(problems: ContentProblem[]): string {
	const byFile = new Map<string, string[]>();
	for (const problem of problems) {
		const lines = byFile.get(problem.filePath) ?? [];
		lines.push(...problem.lines);
		byFile.set(problem.filePath, lines);
	}
	const blocks = [...byFile].map(
		([file, lines]) => `Content error in ${file}\n${lines.map((line) => `  ${line}`).join('\n')}`,
	);
	const count = problems.length;
	blocks.push(
		`${count} content ${count === 1 ? 'error' : 'errors'} found; the site was not built.`,
	);
	return blocks.join('\n\n');
}
