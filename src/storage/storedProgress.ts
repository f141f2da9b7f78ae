/**
 * What the browser keeps for one path, and how it is read back. Progress saved before knowledge
 * checks existed is a plain list of the steps done; it is still read, so no reader loses the
 * steps they ticked. Anything else (a value from a future format, hand-edited storage) reads as
 * no progress rather than breaking the page.
 */

/** A reader's progress on a path: the steps done and the option chosen in each check. */
export interface StoredProgress {
	/** The hrefs of the steps done. */
	done: string[];
	/** By check id (`checkId`), the position of the option the reader chose first. */
	answers: Record<string, number>;
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** `value` as stored under a path's key, in today's shape, whatever shape it was saved in. */
export function readProgress(value: unknown): StoredProgress {
	if (Array.isArray(value)) return { done: value.filter(isText), answers: {} };
	if (typeof value !== 'object' || value === null) return { done: [], answers: {} };
	const { done, answers } = value as Partial<Record<keyof StoredProgress, unknown>>;
	const chosen = Object.entries(typeof answers === 'object' && answers !== null ? answers : {});
	return {
		done: Array.isArray(done) ? done.filter(isText) : [],
		answers: Object.fromEntries(
			chosen.filter(([, option]) => Number.isInteger(option) && (option as number) >= 0),
		) as Record<string, number>,
	};
}
