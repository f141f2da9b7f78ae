/**
 * The metric overrides for a local fallback face that stands in for a web font until it loads:
 * scaled to the web font's average character width, so lines break at the same words, and with
 * its ascent and descent, so the text sits at the same height. The same sums as Capsize and
 * Next.js use. src/styles/fonts.css carries the results.
 */

/** The font metrics the overrides need, in font units (as @capsizecss/unpack reads them). */
export interface FontMetrics {
	ascent: number;
	descent: number;
	lineGap: number;
	unitsPerEm: number;
	/** The average width of a Latin character, weighted by how often letters occur in English. */
	xWidthAvg: number;
}

/** The @font-face descriptors, as CSS percentages to two decimals, without trailing zeros (as Prettier writes them). */
export interface FallbackOverrides {
	sizeAdjust: string;
	ascentOverride: string;
	descentOverride: string;
	lineGapOverride: string;
}

const percent = (value: number) => `${Number((value * 100).toFixed(2))}%`;

/** Overrides that make `fallback` take the room `web` takes. */
export function fallbackFace(web: FontMetrics, fallback: FontMetrics): FallbackOverrides {
	const sizeAdjust = web.xWidthAvg / web.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
	const scaled = (units: number) => percent(Math.abs(units) / web.unitsPerEm / sizeAdjust);
	return {
		sizeAdjust: percent(sizeAdjust),
		ascentOverride: scaled(web.ascent),
		descentOverride: scaled(web.descent),
		lineGapOverride: scaled(web.lineGap),
	};
}

/**
 * Times New Roman and Arial Bold, the fallbacks' model: Liberation Serif and Liberation Sans Bold
 * share their metrics (read from those files), so one set of overrides serves both.
 */
export const LOCAL_FALLBACKS = {
	timesNewRoman: { ascent: 1825, descent: -443, lineGap: 87, unitsPerEm: 2048, xWidthAvg: 832 },
	arialBold: { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 983 },
} satisfies Record<string, FontMetrics>;
