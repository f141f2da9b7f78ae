/**
 * The colour palette as tokens.css defines it: each `--name: light-dark(#light, #dark)` pair, the
 * WCAG contrast between two colours, and a swatch picture of the palette for the README.
 */

/** The palette's colours that text is set in: each must pass WCAG AA (4.5:1) on the page. */
export const TEXT_COLOURS = ['text', 'muted', 'accent', 'link'];

/** One colour token, in each theme, as six-digit hex. */
export interface PaletteColour {
	name: string;
	light: string;
	dark: string;
}

/** Every `--name: light-dark(#rrggbb, #rrggbb)` declaration in `css`, in order. */
export function parsePalette(css: string): PaletteColour[] {
	const pairs = css.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi);
	return [...pairs].map(([, name, light, dark]) => ({ name: name!, light: light!, dark: dark! }));
}

/** The relative luminance of a `#rrggbb` colour (WCAG 2.2). */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((start) => {
		const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
		return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(one: string, other: string): number {
	const [lighter, darker] = [luminance(one), luminance(other)].sort((a, b) => b - a);
	return (lighter! + 0.05) / (darker! + 0.05);
}

const SWATCH = { width: 150, height: 96, gap: 12, top: 34 };

/**
 * An SVG picture of the palette: one row per theme, a swatch per colour with its name, its hex
 * value and, for the colours text is set in, its contrast on the page's background.
 */
export function paletteSwatch(palette: PaletteColour[], textColours: string[]): string {
	const bg = (theme: 'light' | 'dark') => palette.find((colour) => colour.name === 'bg')![theme];
	const ink = (theme: 'light' | 'dark') => palette.find((colour) => colour.name === 'text')![theme];
	const rowHeight = SWATCH.top + SWATCH.height + 56;
	const width = palette.length * (SWATCH.width + SWATCH.gap) + SWATCH.gap;
	const rows = (['light', 'dark'] as const).map((theme, row) => {
		const y = row * rowHeight;
		const swatches = palette.map((colour, index) => {
			const x = SWATCH.gap + index * (SWATCH.width + SWATCH.gap);
			const value = colour[theme];
			const ratio = textColours.includes(colour.name)
				? ` · ${contrastRatio(value, bg(theme)).toFixed(1)}:1`
				: '';
			return [
				`<rect x="${x}" y="${y + SWATCH.top}" width="${SWATCH.width}" height="${SWATCH.height}" rx="6" fill="${value}" stroke="${ink(theme)}" stroke-opacity="0.25"/>`,
				`<text x="${x}" y="${y + SWATCH.top + SWATCH.height + 22}" fill="${ink(theme)}" font-weight="600">--${colour.name}</text>`,
				`<text x="${x}" y="${y + SWATCH.top + SWATCH.height + 42}" fill="${ink(theme)}">${value}${ratio}</text>`,
			].join('');
		});
		return [
			`<rect x="0" y="${y}" width="${width}" height="${rowHeight}" fill="${bg(theme)}"/>`,
			`<text x="${SWATCH.gap}" y="${y + 22}" fill="${ink(theme)}" font-weight="600">${theme} theme</text>`,
			...swatches,
		].join('');
	});
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${2 * rowHeight}" viewBox="0 0 ${width} ${2 * rowHeight}" font-family="Inter, Arial, sans-serif" font-size="15">${rows.join('')}</svg>\n`;
}
