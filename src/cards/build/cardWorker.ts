/**
 * A worker thread that draws social cards: it receives `{ id, text }` and answers `{ id, png }`
 * or `{ id, error }`. Node runs this file as it is, with its types stripped, so it and what it
 * imports must stay plain TypeScript that Node can run (no enums, imports with `.ts`).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import type { CardText } from '../cardText.ts';
import { renderCard } from './renderCard.ts';

/**
 * resvg keeps each card's 3 MB of pixels outside the JavaScript heap, where the garbage collector
 * does not see it (docs/stack-traps.md, trap 11), so nothing frees them: 1,000 cards held 3.4 GB. A collection
 * after every few cards, then a turn of the event loop for the finalizers, keeps the thread at
 * about 150 MB.
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const CARDS_PER_COLLECTION = 16;
let drawn = 0;

async function drawOne({ id, text }: { id: number; text: CardText }) {
	try {
		const png = await renderCard(text);
		parentPort?.postMessage({ id, png }, [png.buffer]);
	} catch (error) {
		parentPort?.postMessage({ id, error: error instanceof Error ? error.stack : String(error) });
	}
	if (++drawn % CARDS_PER_COLLECTION === 0) {
		collectGarbage();
		await new Promise((done) => setImmediate(done));
	}
}

// One card at a time: every card is sent at once, and drawing them all together would hold the
// pixels of each at once.
let queue = Promise.resolve();
parentPort?.on('message', (job: { id: number; text: CardText }) => {
	queue = queue.then(() => drawOne(job));
});
