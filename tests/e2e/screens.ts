/** The phone most new employees open the welcome link on (an iPhone 14's CSS pixels). */
export const PHONE = { width: 390, height: 844 };

/** The narrowest screen the handbook supports (WCAG 2.2, 1.4.10 Reflow: 320 CSS pixels wide). */
export const NARROWEST = 320;

/** A phone at the narrowest supported width. */
export const NARROW_SCREEN = { width: NARROWEST, height: 640 };
