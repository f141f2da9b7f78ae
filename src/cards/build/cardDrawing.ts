/**
 * Draws the social cards on worker threads while the pages render (an edge: it starts threads).
 * Drawing a card costs more than rendering its page, most of it Satori's layout and resvg's
 * rasterizing, so `drawCards()` starts every card as soon as the cards are listed, and the card
 * route only waits for what is left. A build that does not publish can skip them all
 * (`SKIP_SOCIAL_CARDS=1`, README "Social cards"): its pages still name their cards.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { cardCache, drawingCodeVersion, type CardCache } from './cardCache.ts';
import type { PageCard } from './pageCards.ts';

/**
 * Where the worker's file is, where drawn cards are kept, the project whose code draws them, and
 * whether this build skips them: set in astro.config.mjs, as the bundled code cannot find its
 * source files.
 */
const SETUP: { worker: string; cacheFolder: string; projectRoot: string; skip: boolean } =
	import.meta.env.CARD_DRAWING;

/** Whether this build writes no cards (`SKIP_SOCIAL_CARDS=1`). */
export const skipsCards = (): boolean => SETUP.skip;

interface Job {
	resolve: (png: Uint8Array<ArrayBuffer>) => void;
	reject: (error: Error) => void;
}

/**
 * One thread per core, at most four. While pages render they share the cores with the rendering
 * thread; once the pages are written, that thread only waits for the cards, and every core draws.
 */
const THREADS = Math.max(1, Math.min(4, availableParallelism()));

let workers: Worker[] | undefined;
const jobs = new Map<number, Job>();
const drawing = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
let nextId = 0;
/** Why the threads stopped, if one did: later cards fail at once rather than wait for ever. */
let stopped: Error | undefined;

function stop(error: Error) {
	stopped ??= new Error(`The thread that draws social cards stopped: ${error.message}`);
	for (const job of jobs.values()) job.reject(stopped);
	jobs.clear();
}

/**
 * The threads, started on first use. They keep the build running only while a card is being
 * drawn: an idle thread must not stop the process from exiting, a busy one must not let it exit
 * with cards unwritten.
 */
function threads(): Worker[] {
	workers ??= Array.from({ length: THREADS }, () => {
		const worker = new Worker(SETUP.worker);
		worker.unref();
		worker.on(
			'message',
			({ id, png, error }: { id: number; png?: Uint8Array<ArrayBuffer>; error?: string }) => {
				const job = jobs.get(id)!;
				jobs.delete(id);
				if (png) job.resolve(png);
				else job.reject(new Error(`A social card could not be drawn:\n${error}`));
				if (jobs.size === 0) for (const each of workers ?? []) each.unref();
			},
		);
		worker.on('error', stop);
		worker.on('exit', (code) => stop(new Error(`it exited with code ${code}`)));
		return worker;
	});
	return workers;
}

function draw(card: PageCard): Promise<Uint8Array<ArrayBuffer>> {
	if (stopped) return Promise.reject(stopped);
	const id = nextId++;
	const pool = threads();
	if (jobs.size === 0) for (const worker of pool) worker.ref();
	return new Promise((resolve, reject) => {
		jobs.set(id, { resolve, reject });
		pool[id % pool.length]!.postMessage({ id, text: card.text });
	});
}

let cache: CardCache | undefined;

/** The cards kept from earlier builds, opened on first use. */
function kept(): CardCache {
	cache ??= cardCache(SETUP.cacheFolder, drawingCodeVersion(SETUP.projectRoot));
	return cache;
}

/** Starts drawing `card`, or finds it drawn in an earlier build, unless that is under way. */
function start(card: PageCard): void {
	if (drawing.has(card.page)) return;
	const earlier = kept().get(card.text);
	const png = earlier
		? Promise.resolve(earlier)
		: draw(card).then((drawn) => (kept().put(card.text, drawn), drawn));
	// A card that fails is reported where its route waits for it, not as a stray rejection.
	png.catch(() => {});
	drawing.set(card.page, png);
}

/**
 * Starts drawing all of the site's `cards`, but those kept from an earlier build, and forgets the
 * kept cards no build has used for a month.
 */
export function drawCards(cards: PageCard[]): void {
	kept().prune(Date.now());
	for (const card of cards) start(card);
}

/** The PNG of `card`, drawn ahead or now; handed over once, as the route writes it once. */
export function drawnCard(card: PageCard): Promise<Uint8Array<ArrayBuffer>> {
	start(card);
	const png = drawing.get(card.page)!;
	drawing.delete(card.page);
	return png;
}
