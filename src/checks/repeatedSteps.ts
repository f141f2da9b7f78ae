/**
 * Checks that a reading path lists each page once: a step that repeats an earlier one sends the
 * reader back to a page they have read, and counts its minutes twice.
 */
import type { ContentProblem } from './contentErrors.ts';
import { atField, fieldLine } from './fieldLines.ts';
import type { ParsedEntry } from './rawEntry.ts';

/** A problem for every path whose steps name a page twice, naming both steps. */
export function repeatedStepProblems(entries: ParsedEntry[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		if (entry.collection !== 'paths' || !Array.isArray(entry.data.steps)) continue;
		const lines: string[] = [];
		const firstStep = new Map<string, number>();
		(entry.data.steps as Array<{ page?: { collection: string; id: string } }>).forEach(
			(step, index) => {
				if (!step.page) return;
				const page = `${step.page.collection}/${step.page.id}`;
				const first = firstStep.get(page);
				if (first === undefined) {
					firstStep.set(page, index);
					return;
				}
				const firstLine = fieldLine(entry, ['steps', first, 'page']);
				lines.push(
					`${atField(entry, ['steps', index, 'page'], `steps[${index}].page`)}: "${page}" is already steps[${first}].page${firstLine === undefined ? '' : ` (line ${firstLine})`}.`,
					`Fix: remove one of the two steps, or point steps[${index}].page to another page.`,
				);
			},
		);
		if (lines.length > 0) problems.push({ filePath: entry.filePath, lines });
	}
	return problems;
}
