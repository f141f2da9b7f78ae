/**
 * The theme switch's name: what pressing it does, so a screen reader hears the action, not a
 * state to decode ("Switch to light theme" while the page is dark).
 */
import type { Theme } from './themeKey.ts';

/** The label of the switch on a page shown in `current`. */
export function themeSwitchLabel(current: Theme): string {
	return `Switch to ${current === 'dark' ? 'light' : 'dark'} theme`;
}
