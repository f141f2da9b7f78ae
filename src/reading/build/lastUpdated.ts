/**
 * When each content file last changed, from git history: one `git log` for the whole content
 * folder per build, looked up per page (a `git log` per page would multiply by the page count).
 */
import { execFileSync } from 'node:child_process';
import { lastCommitDates } from '../gitDates.ts';
import {
	collectionRecord,
	type CollectionName,
	type CollectionRecord,
} from '../../model/collections.ts';
import type { AnyEntry } from '../../model/build/loadSite.ts';

let dates: Map<string, Date> | undefined;

function readGitDates(): Map<string, Date> {
	try {
		const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', 'content'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
			maxBuffer: 64 * 1024 * 1024,
		});
		return lastCommitDates(log);
	} catch {
		// Outside a git checkout (a downloaded archive) pages fall back to their front matter dates.
		return new Map();
	}
}

/** The last commit date of `filePath` (repository-relative), or undefined when git has none. */
export function gitLastUpdated(filePath: string): Date | undefined {
	dates ??= readGitDates();
	return dates.get(filePath);
}

/** The date a reader should see as "last updated": git's, else the front matter's. */
export function lastUpdated(entry: AnyEntry): Date | undefined {
	const fromGit = entry.filePath ? gitLastUpdated(entry.filePath) : undefined;
	if (fromGit) return fromGit;
	const record = collectionRecord(entry.collection) as CollectionRecord<CollectionName>;
	return record.dated?.(entry.data);
}
