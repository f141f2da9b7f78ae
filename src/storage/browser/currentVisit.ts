/**
 * The reader's visits, kept in the browser: every page records its view once, and lists ask
 * whether a page changed since the visit before this one.
 */
import { readStored, writeStored } from '../browserStorage.ts';
import { VISITS_KEY } from '../storageKeys.ts';
import { changedSinceLastVisit, recordView, type VisitRecord } from '../visits.ts';

let record: VisitRecord | undefined;

/** This page view's visit record, recorded on first use. */
export function currentVisit(): VisitRecord {
	if (!record) {
		record = recordView(readStored(VISITS_KEY, {}), Date.now());
		writeStored(VISITS_KEY, record);
	}
	return record;
}

/** Whether a page updated on `updated` changed since the reader's last visit. */
export function isNewToReader(updated: string | undefined): boolean {
	return updated !== undefined && changedSinceLastVisit(updated, currentVisit());
}
