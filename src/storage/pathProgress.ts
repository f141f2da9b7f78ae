import { checkScoreLine, type CheckScore } from './checkScore.ts';

/** A step of a path as the progress tracker sees it. */
export interface ProgressStep {
	title: string;
	href: string;
	minutes: number;
}

/** Where a reader stands on a path: steps done, the next step, and minutes left. */
export function pathStatus(steps: ProgressStep[], done: Set<string>) {
	const doneCount = steps.filter((step) => done.has(step.href)).length;
	const next = steps.find((step) => !done.has(step.href));
	const minutesLeft = steps
		.filter((step) => !done.has(step.href))
		.reduce((sum, step) => sum + step.minutes, 0);
	return { doneCount, total: steps.length, next, minutesLeft };
}

/**
 * A plain-text summary of a reader's progress on a path, to paste into a message or a notes file;
 * with the knowledge checks' `score` when the path has checks.
 */
export function progressSummary(
	pathTitle: string,
	steps: ProgressStep[],
	done: Set<string>,
	score?: CheckScore,
): string {
	const { doneCount, total, minutesLeft } = pathStatus(steps, done);
	const lines = steps.map(
		(step, index) =>
			`${done.has(step.href) ? '[x]' : '[ ]'} ${index + 1}. ${step.title} (${step.minutes} min)`,
	);
	return [
		`${pathTitle}: ${doneCount} of ${total} steps done, about ${minutesLeft} minutes left.`,
		...(score && score.total > 0 ? [checkScoreLine(score)] : []),
		...lines,
	].join('\n');
}
