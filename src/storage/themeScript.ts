/**
 * The one inline script on every page: it applies the reader's remembered theme before first
 * paint, so the other theme never flashes. It is inline because it must run before the page
 * renders; astro.config.mjs allows exactly this text by its hash in the Content-Security-Policy.
 */
export const THEME_SCRIPT =
	"try{const t=localStorage.getItem('dayone:theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}";
