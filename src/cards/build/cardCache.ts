/**
 * Social cards kept between builds (an edge: it reads and writes a folder). A card is the same
 * PNG as long as its text and the code that draws it are the same, and drawing one costs more
 * than a whole page's render, so a build looks a card up here before it draws it. The key is a
 * hash of the card's text and of everything that draws it: the files of the folders the drawing
 * code lives in, and the versions of the packages it draws with. An edit to any of them draws
 * every card again; nothing else does (not the content schemas, not another build's pages).
 *
 * Every build of the project shares the one folder (the real site, fixture builds, the bench's
 * copies), so a build never removes another's cards: a card is touched when it is used, and only
 * cards no build has used for `UNUSED_DAYS` are removed.
 *
 * Astro's own incremental build (`experimental.incrementalBuild`) caches a rendered route too,
 * but it decides only once the route renders, too late for the cards, which are drawn on other
 * threads from the moment they are listed.
 */
import { createHash } from 'node:crypto';
import {
	mkdirSync,
	readFileSync,
	readdirSync,
	renameSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { CardText } from '../cardText.ts';

/** The packages that draw a card, whose versions are part of every key. */
const DRAWING_PACKAGES = ['satori', '@resvg/resvg-js', '@fontsource/inter'] as const;

const require = createRequire(import.meta.url);

/** The end of a card's name while it is being written. */
const PARTIAL = '.partial';

/** A kept card no build has used for this many days is removed. */
export const UNUSED_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The folders, in the project, of all the code a card's worker thread runs: a unit test holds
 * every file it imports to them.
 */
export const DRAWING_CODE = ['src/cards', 'src/brand'] as const;

/** A hash of every file of `DRAWING_CODE` under `projectRoot`, and of the drawing packages' versions. */
export function drawingCodeVersion(projectRoot: string): string {
	const hash = createHash('sha256');
	for (const folder of DRAWING_CODE.map((name) => join(projectRoot, name))) {
		const files = readdirSync(folder, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => join(entry.parentPath, entry.name))
			.sort();
		for (const file of files) hash.update(`${relative(folder, file)}\0`).update(readFileSync(file));
	}
	for (const name of DRAWING_PACKAGES) {
		const { version } = require(`${name}/package.json`) as { version: string };
		hash.update(`${name}@${version}\0`);
	}
	return hash.digest('hex');
}

export interface CardCache {
	/** The card drawn earlier for `text`, if the cache has it. */
	get(text: CardText): Uint8Array<ArrayBuffer> | undefined;
	/** Keeps `png` as the card for `text`. */
	put(text: CardText, png: Uint8Array): void;
	/**
	 * Removes the cards no build has used since `now` less `UNUSED_DAYS`: a page renamed or
	 * retitled leaves its old card behind for a while, never for ever.
	 */
	prune(now: number): void;
}

/** The cache of cards in `folder`, for cards drawn by the code whose version is `codeVersion`. */
export function cardCache(folder: string, codeVersion: string): CardCache {
	const fileOf = (text: CardText) =>
		join(
			folder,
			`${createHash('sha256').update(codeVersion).update(JSON.stringify(text)).digest('hex')}.png`,
		);
	return {
		get(text) {
			const file = fileOf(text);
			try {
				const png = new Uint8Array(readFileSync(file));
				// Used now: kept another UNUSED_DAYS. A card that cannot be touched is still good.
				const now = new Date();
				try {
					utimesSync(file, now, now);
				} catch {
					// A read-only cache still serves its cards.
				}
				return png;
			} catch {
				return undefined;
			}
		},
		put(text, png) {
			// Written aside and then renamed, so that a build running beside this one never reads
			// half a card. A card that cannot be kept is drawn again next time: no reason to stop.
			const file = fileOf(text);
			const partial = `${file}.${process.pid}${PARTIAL}`;
			try {
				mkdirSync(folder, { recursive: true });
				writeFileSync(partial, png);
				renameSync(partial, file);
			} catch {
				try {
					rmSync(partial, { force: true });
				} catch {
					// The folder itself could not be made: there is nothing to clear.
				}
			}
		},
		prune(now) {
			let files: string[];
			try {
				files = readdirSync(folder);
			} catch {
				return;
			}
			for (const file of files) {
				const path = join(folder, file);
				try {
					// A card being written by another build is only as old as that build.
					if (now - statSync(path).mtimeMs > UNUSED_DAYS * DAY_MS) rmSync(path, { force: true });
				} catch {
					// Removed meanwhile by another build's prune.
				}
			}
		},
	};
}
