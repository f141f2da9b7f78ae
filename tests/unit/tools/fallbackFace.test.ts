import { fromFile } from '@capsizecss/unpack/fs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { fallbackFace, LOCAL_FALLBACKS } from '../../../tools/lib/fallbackFace.ts';

const require = createRequire(import.meta.url);

test('a fallback as wide and as tall as the web font needs no adjustment', () => {
	const same = { ascent: 800, descent: -200, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 500 };
	expect(fallbackFace(same, same)).toEqual({
		sizeAdjust: '100%',
		ascentOverride: '80%',
		descentOverride: '20%',
		lineGapOverride: '0%',
	});
});

test('a narrower fallback is scaled up, and its vertical metrics scaled down to match', () => {
	const web = { ascent: 1000, descent: -250, lineGap: 100, unitsPerEm: 1000, xWidthAvg: 500 };
	const narrow = { ascent: 1600, descent: -400, lineGap: 0, unitsPerEm: 2000, xWidthAvg: 800 };
	expect(fallbackFace(web, narrow)).toEqual({
		sizeAdjust: '125%',
		ascentOverride: '80%',
		descentOverride: '20%',
		lineGapOverride: '8%',
	});
});

/** The descriptors of the @font-face named `family` in src/styles/fonts.css. */
function faceInFontsCss(family: string) {
	const css = readFileSync('src/styles/fonts.css', 'utf8');
	const face = css.split('@font-face').find((block) => block.includes(`font-family: '${family}'`));
	const value = (name: string) => face?.match(new RegExp(`${name}: ([\\d.]+%)`))?.[1];
	return {
		sizeAdjust: value('size-adjust'),
		ascentOverride: value('ascent-override'),
		descentOverride: value('descent-override'),
		lineGapOverride: value('line-gap-override'),
	};
}

test.each([
	{
		family: 'Source Serif 4 fallback',
		file: '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2',
		local: LOCAL_FALLBACKS.timesNewRoman,
	},
	{
		family: 'Inter fallback',
		file: '@fontsource/inter/files/inter-latin-600-normal.woff2',
		local: LOCAL_FALLBACKS.arialBold,
	},
])(
	'fonts.css sizes "$family" from the web font it stands in for',
	async ({ family, file, local }) => {
		const web = await fromFile(require.resolve(file));
		expect(faceInFontsCss(family)).toEqual(fallbackFace(web, local));
	},
);
