/**
 * Draws a social card as a PNG (an edge: it reads the font files from node_modules). Satori lays
 * the boxes of `cardMarkup()` out as SVG, with the text as outlines, and resvg rasterizes it.
 * Nothing is fetched: the fonts are Inter from `@fontsource/inter`, as WOFF (Satori reads TTF,
 * OTF and WOFF, not WOFF2). The same text gives the same bytes.
 * resvg's pixels are written by `pngFile()`, which is quicker than resvg's own encoder.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { CARD_FONT, CARD_SIZE, cardMarkup } from '../cardMarkup.ts';
import type { CardText } from '../cardText.ts';
import { pngFile } from './pngFile.ts';

const require = createRequire(import.meta.url);

/** The weights the card uses, each read once per build. */
function loadFonts() {
	return ([400, 700] as const).map((weight) => ({
		name: CARD_FONT,
		weight,
		style: 'normal' as const,
		data: readFileSync(
			require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`),
		),
	}));
}

let fonts: ReturnType<typeof loadFonts> | undefined;

/** The PNG of the card that shows `text`, at `CARD_SIZE`. */
export async function renderCard(text: CardText): Promise<Uint8Array<ArrayBuffer>> {
	fonts ??= loadFonts();
	// Satori's types want a React element; the tree has that shape without React.
	const svg = await satori(cardMarkup(text) as unknown as Parameters<typeof satori>[0], {
		...CARD_SIZE,
		fonts,
	});
	const image = new Resvg(svg, {
		fitTo: { mode: 'original' },
		// The SVG holds outlines, not text: system fonts would only cost time and vary by machine.
		font: { loadSystemFonts: false },
	}).render();
	return pngFile(image.pixels, image.width, image.height);
}
