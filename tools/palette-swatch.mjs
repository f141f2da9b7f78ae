// Draws docs/images/palette.svg, the README's picture of the colours, from src/styles/tokens.css.
// Run it after changing a colour: tests/unit/tools/palette.test.ts fails until the two agree.
import { readFileSync, writeFileSync } from 'node:fs';
import { paletteSwatch, parsePalette, TEXT_COLOURS } from './lib/palette.ts';

const palette = parsePalette(readFileSync('src/styles/tokens.css', 'utf8'));
writeFileSync('docs/images/palette.svg', paletteSwatch(palette, TEXT_COLOURS));
console.log(`docs/images/palette.svg: ${palette.length} colours in two themes`);
