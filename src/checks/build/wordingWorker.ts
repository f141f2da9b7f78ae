/**
 * A worker thread that runs the wording checks (`wordingChecks.ts`) on the pages and sources in
 * its `workerData`, and answers with the problems found. Node runs this file as it is, with its
 * types stripped, so it and what it imports must stay plain TypeScript that Node can run (no
 * enums, imports with `.ts`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Fingerprints } from '../sourceFingerprints.ts';
import { wordingProblems, type WordedPage, type WordedSource } from '../wordingChecks.ts';

const { pages, sources, fingerprints } = workerData as {
	pages: WordedPage[];
	sources: WordedSource[];
	fingerprints: Fingerprints;
};
parentPort?.postMessage(wordingProblems(pages, sources, fingerprints));
