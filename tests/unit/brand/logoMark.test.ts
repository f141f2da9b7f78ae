import { expect, test } from 'vitest';
import { LOGO_COLORS, logoDataUrl, logoSvg } from '../../../src/brand/logoMark.ts';

test('the mark is one square SVG painted in the two colors it is given', () => {
	const svg = logoSvg({ ground: '#123456', figure: '#abcdef' });
	expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 32 32">/);
	expect(svg).toMatch(/<\/svg>$/);
	expect(svg).toContain('<rect class="ground" width="32" height="32" rx="7" fill="#123456"/>');
	expect(svg.match(/fill="#abcdef"/g)).toHaveLength(2);
	expect(svg).toContain('stroke="#abcdef"');
	expect(svg).not.toContain(LOGO_COLORS.ground);
});

test('attributes for the root go on the root element only', () => {
	const svg = logoSvg(LOGO_COLORS, 'class="site-logo" aria-hidden="true"');
	expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 32 32" class="site-logo" aria-hidden="true">/);
	expect(svg.match(/aria-hidden/g)).toHaveLength(1);
});

test('the data URL holds the same SVG, for an image element', () => {
	const url = logoDataUrl();
	expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true);
	expect(atob(url.slice('data:image/svg+xml;base64,'.length))).toBe(logoSvg());
});
