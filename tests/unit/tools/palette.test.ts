import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import {
	contrastRatio,
	paletteSwatch,
	parsePalette,
	TEXT_COLOURS,
} from '../../../tools/lib/palette.ts';

const tokens = readFileSync('src/styles/tokens.css', 'utf8');
const palette = parsePalette(tokens);

test.each([
	{ one: '#000000', other: '#ffffff', ratio: 21 },
	{ one: '#ffffff', other: '#000000', ratio: 21 },
	{ one: '#777777', other: '#ffffff', ratio: 4.48 },
	{ one: '#123456', other: '#123456', ratio: 1 },
])('$one on $other has a contrast of $ratio:1', ({ one, other, ratio }) => {
	expect(contrastRatio(one, other)).toBeCloseTo(ratio, 2);
});

test('the palette is read from light-dark() pairs, in order', () => {
	expect(
		parsePalette(
			'--a: light-dark(#111111, #eeeeee);\n--b: 1rem;\n--c: light-dark(#ABCDEF, #000000);',
		),
	).toEqual([
		{ name: 'a', light: '#111111', dark: '#eeeeee' },
		{ name: 'c', light: '#ABCDEF', dark: '#000000' },
	]);
});

test('tokens.css defines the page colours and every text colour', () => {
	const names = palette.map((colour) => colour.name);
	expect(names).toEqual(expect.arrayContaining(['bg', 'surface', ...TEXT_COLOURS]));
});

// axe checks the pages as built; this checks the palette itself, so no pairing can slip through
// on a page axe happens not to see.
test.each(
	TEXT_COLOURS.flatMap((name) =>
		(['light', 'dark'] as const).flatMap((theme) =>
			['bg', 'surface'].map((ground) => ({ name, theme, ground })),
		),
	),
)('--$name passes WCAG AA on --$ground in the $theme theme', ({ name, theme, ground }) => {
	const colour = (token: string) => palette.find((entry) => entry.name === token)![theme];
	expect(contrastRatio(colour(name), colour(ground))).toBeGreaterThanOrEqual(4.5);
});

test('the README swatch, docs/images/palette.svg, shows the colours tokens.css defines', () => {
	// Remake it with `node tools/palette-swatch.mjs` after changing a colour.
	expect(readFileSync('docs/images/palette.svg', 'utf8')).toBe(
		paletteSwatch(palette, TEXT_COLOURS),
	);
});
