/** What the browser keeps about a reader's visits. */
export interface VisitRecord {
	/** When the visit before this one began, in ms since the epoch. */
	previous?: number;
	/** When this visit began. */
	current?: number;
}

/** Page views closer together than this are one visit. */
export const VISIT_GAP_MS = 30 * 60 * 1000;

/**
 * The record after a page view at `now`: a view long after the last starts a new visit, and the
 * old visit becomes "previous", the moment "new since your last visit" is measured from.
 */
export function recordView(record: VisitRecord, now: number): VisitRecord {
	if (record.current === undefined) return { current: now };
	if (now - record.current < VISIT_GAP_MS) return record;
	return { previous: record.current, current: now };
}

/** Whether a page updated at `updated` (YYYY-MM-DD or ISO) changed since the reader's previous visit. */
export function changedSinceLastVisit(updated: string, record: VisitRecord): boolean {
	if (record.previous === undefined) return false;
	const time = Date.parse(updated);
	return !Number.isNaN(time) && time > record.previous;
}
