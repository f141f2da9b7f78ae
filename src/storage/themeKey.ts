/**
 * The reader's theme in localStorage: its key and the values kept under it. Named with every
 * other key in storageKeys.ts; a module of its own so the theme toggle's script can import it
 * without sharing a chunk with the other scripts (see there).
 */

/** The themes a reader can choose. */
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The reader's chosen theme, stored as the plain text of a `Theme` (not JSON). */
export const THEME_KEY = 'dayone:theme';
