/**
 * The one inline script on every page: it applies the reader's remembered theme before first
 * paint, so the other theme never flashes. It is inline because it must run before the page
 * renders; astro.config.mjs allows exactly this text by its hash in the Content-Security-Policy,
 * computed from this same string, so building it from the key keeps the two in step.
 */
import { THEME_KEY, THEMES } from './storageKeys.ts';

const isTheme = THEMES.map((theme) => `t==='${theme}'`).join('||');

export const THEME_SCRIPT = `try{const t=localStorage.getItem('${THEME_KEY}');if(${isTheme})document.documentElement.dataset.theme=t}catch{}`;
