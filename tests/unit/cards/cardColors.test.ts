import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { LOGO_COLORS } from '../../../src/brand/logoMark.ts';
import { CARD_COLORS } from '../../../src/cards/cardMarkup.ts';
import { parsePalette } from '../../../tools/lib/palette.ts';

const light = Object.fromEntries(
	parsePalette(
		readFileSync(new URL('../../../src/styles/tokens.css', import.meta.url), 'utf8'),
	).map((colour) => [colour.name, colour.light]),
);

test('the social cards are drawn in the light theme’s colours from tokens.css', () => {
	expect(CARD_COLORS).toEqual({
		text: light.text,
		muted: light.muted,
		background: light.bg,
		accent: light.accent,
		border: light.border,
	});
});

test('the mark on the favicon and the cards stands on the light theme’s accent', () => {
	expect(LOGO_COLORS.ground).toBe(light.accent);
});
