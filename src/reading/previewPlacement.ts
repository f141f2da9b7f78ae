/**
 * Where a link's preview goes: under the link when it fits in the window, above it when it does
 * not and there is more room there, and always inside the window's width (a 320 px screen
 * included). Positions are the document's, so the preview scrolls with the text it belongs to.
 */

/** The link's box, in window coordinates (as `getBoundingClientRect()` gives it). */
export interface LinkBox {
	top: number;
	bottom: number;
	left: number;
}

/** What the placement needs to know besides the link. */
export interface PlacementContext {
	/** The preview's rendered size. */
	size: { width: number; height: number };
	/** The window's inner size, scroll bars left out. */
	viewport: { width: number; height: number };
	/** How far the document is scrolled. */
	scroll: { x: number; y: number };
	/** Space between the link and the preview: enough to clear the focus outline (3 px, 2 px off). */
	gap?: number;
	/** Space kept free at the window's edges. */
	margin?: number;
}

/** The preview's top-left corner in document coordinates, and the side of the link it is on. */
export interface Placement {
	top: number;
	left: number;
	side: 'below' | 'above';
}

/** Where to put a preview of `size` for the link in `box`. */
export function previewPlacement(box: LinkBox, context: PlacementContext): Placement {
	const { size, viewport, scroll, gap = 8, margin = 8 } = context;
	const roomBelow = viewport.height - box.bottom - gap - margin;
	const roomAbove = box.top - gap - margin;
	const side = size.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
	const top = side === 'below' ? box.bottom + gap : box.top - gap - size.height;
	// Start at the link, but never past the right edge, and never past the left one either.
	const left = Math.max(margin, Math.min(box.left, viewport.width - margin - size.width));
	return { top: Math.round(top + scroll.y), left: Math.round(left + scroll.x), side };
}
