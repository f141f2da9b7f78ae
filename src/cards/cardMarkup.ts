/**
 * The look of a social card: a tree of boxes with inline styles, in the shape Satori reads (a
 * React element without React). Change the colors, sizes and spacing here; the text and its line
 * breaks come from `cardText()`. Pure: the renderer turns the tree into a PNG.
 */
import { logoDataUrl } from '../brand/logoMark.ts';
import { DETAIL_SIZE, TEXT_WIDTH, type CardText } from './cardText.ts';

/** The card's size in pixels: what OpenGraph and large Twitter cards show best. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The font family the renderer loads, by the name the styles use. */
export const CARD_FONT = 'Inter';

/**
 * The light theme's colors, as `src/styles/tokens.css` defines them (`--text`, `--muted`, `--bg`,
 * `--accent`, `--border`): a card is seen outside the site. A unit test holds them equal.
 */
export const CARD_COLORS = {
	text: '#1f1b16',
	muted: '#5c554c',
	background: '#fbf8f3',
	accent: '#b3361b',
	border: '#dcd3c6',
} as const;

/** One box of the tree: its tag, its style and what it holds (an image, its source and size). */
export interface CardNode {
	type: 'div' | 'img';
	props: {
		style: Record<string, string | number>;
		children?: string | CardNode[];
		src?: string;
		width?: number;
		height?: number;
	};
}

/** The handbook's mark beside its name in the card's footer, as tall as the name's line. */
const LOGO_SIZE = 44;

function logo(): CardNode {
	return {
		type: 'img',
		props: {
			src: logoDataUrl({ ground: CARD_COLORS.accent, figure: CARD_COLORS.background }),
			width: LOGO_SIZE,
			height: LOGO_SIZE,
			style: { marginRight: 16 },
		},
	};
}

function box(style: CardNode['props']['style'], children: string | CardNode[] = []): CardNode {
	return { type: 'div', props: { style: { display: 'flex', ...style }, children } };
}

/** Lines drawn as they were broken, one box each: the renderer must not break them again. */
function lines(text: string[], style: CardNode['props']['style']): CardNode[] {
	return text.map((line) => box({ ...style, whiteSpace: 'nowrap' }, line));
}

/** The card's tree of boxes for `text`. */
export function cardMarkup(text: CardText): CardNode {
	const padding = (CARD_SIZE.width - TEXT_WIDTH) / 2;
	return box(
		{
			width: CARD_SIZE.width,
			height: CARD_SIZE.height,
			// The padding and the border are inside the card's size, not added to it.
			boxSizing: 'border-box',
			flexDirection: 'column',
			padding: `64px ${padding}px 56px`,
			backgroundColor: CARD_COLORS.background,
			borderTop: `16px solid ${CARD_COLORS.accent}`,
			color: CARD_COLORS.text,
			fontFamily: CARD_FONT,
		},
		[
			...(text.kind
				? [box({ fontSize: 32, fontWeight: 700, color: CARD_COLORS.accent }, text.kind)]
				: []),
			box(
				{ flexDirection: 'column', marginTop: 16 },
				lines(text.titleLines, {
					fontSize: text.titleSize,
					fontWeight: 700,
					lineHeight: 1.12,
					letterSpacing: '-0.01em',
				}),
			),
			box({ flexDirection: 'column', marginTop: 28 }, [
				...(text.detailLabel
					? [box({ fontSize: 24, fontWeight: 700, color: CARD_COLORS.muted }, text.detailLabel)]
					: []),
				...lines(text.detailLines, {
					fontSize: DETAIL_SIZE,
					lineHeight: 1.35,
					color: CARD_COLORS.muted,
				}),
			]),
			// Takes up the height the text leaves, so the footer sits at the card's foot.
			box({ flexGrow: 1 }),
			box(
				{
					alignItems: 'center',
					paddingTop: 20,
					borderTop: `2px solid ${CARD_COLORS.border}`,
					fontSize: 30,
					fontWeight: 700,
				},
				[logo(), box({}, text.footer)],
			),
		],
	);
}
