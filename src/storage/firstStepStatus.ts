/**
 * What the home page's first step says to a reader: where to begin when nothing is kept, and how
 * far they got, with the next step, when they come back. Pure: the component's script reads the
 * stored progress and writes these words into the page.
 */
import { pathStatus, type ProgressStep } from './pathProgress.ts';

/** The first step's status line and the link under it. */
export interface FirstStepStatus {
	status: string;
	link: { text: string; href: string };
}

/** Where the first step leads: the path's own page, and the list of paths once it is done. */
export interface FirstStepPlaces {
	pathHref: string;
	morePathsHref: string;
}

/** The words for a reader who has done the steps in `done` of the path made of `steps`. */
export function firstStepStatus(
	steps: ProgressStep[],
	done: ReadonlySet<string>,
	places: FirstStepPlaces,
): FirstStepStatus {
	const { doneCount, total, next, minutesLeft } = pathStatus(steps, new Set(done));
	const minutes = steps.reduce((sum, step) => sum + step.minutes, 0);
	if (doneCount === 0)
		return {
			status: `${total} short readings, about ${minutes} minutes in all.`,
			link: { text: 'Start the introduction', href: places.pathHref },
		};
	if (!next)
		return {
			status: `You have read all ${total} steps. Well done.`,
			link: { text: 'Choose your next reading path', href: places.morePathsHref },
		};
	return {
		status: `You have read ${doneCount} of ${total} steps, about ${minutesLeft} minutes left.`,
		link: { text: `Next: ${next.title}`, href: next.href },
	};
}
