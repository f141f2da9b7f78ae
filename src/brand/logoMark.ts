/**
 * The handbook's mark: a sun rising over a horizon, for "Day 1", the first morning, drawn on a
 * rounded square. Written once here and drawn three ways: inline in the header (SiteLogo.astro),
 * as the favicon (src/pages/favicon.svg.ts) and on every social card (cardMarkup.ts). Pure.
 */

/** The two paints of the mark: the square behind, and the sun, rays and horizon on it. */
export interface LogoColors {
	ground: string;
	figure: string;
}

/**
 * The mark on the light theme's accent (`--accent` in src/styles/tokens.css), as the favicon and
 * the cards show it. A unit test holds it equal to the token.
 */
export const LOGO_COLORS: LogoColors = { ground: '#b3361b', figure: '#ffffff' };

/** The mark's drawing grid: 32 by 32 units. */
export const LOGO_VIEWBOX = '0 0 32 32';

/** The sun (a half disc on the horizon) and the horizon line, filled. */
const FILLED = ['M9 21a7 7 0 0 1 14 0z', 'M6 22h20v2H6z'];

/** Three rays above the sun, stroked with round ends. */
const RAYS = 'M16 11.5V8.5M22.7 14.3l2.1-2.1M9.3 14.3L7.2 12.2';

/**
 * The mark as an SVG document. `extra` goes on the root element (a class, `aria-hidden`); the
 * shapes carry `class="ground"`, `class="figure"` (filled) and `class="rays"` (stroked), so a
 * page's CSS can repaint them by theme.
 */
export function logoSvg(colors: LogoColors = LOGO_COLORS, extra = ''): string {
	const { ground, figure } = colors;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${LOGO_VIEWBOX}"${extra ? ` ${extra}` : ''}>`,
		`<rect class="ground" width="32" height="32" rx="7" fill="${ground}"/>`,
		...FILLED.map((d) => `<path class="figure" d="${d}" fill="${figure}"/>`),
		`<path class="rays" d="${RAYS}" fill="none" stroke="${figure}" stroke-width="2" stroke-linecap="round"/>`,
		'</svg>',
	].join('');
}

/** The mark as a `data:` URL, for an `<img>` (Satori draws the cards' mark from one). */
export function logoDataUrl(colors: LogoColors = LOGO_COLORS): string {
	return `data:image/svg+xml;base64,${btoa(logoSvg(colors))}`;
}
