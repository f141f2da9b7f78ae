import { expect, test } from 'vitest';
import { THEME_KEY } from '../../../src/storage/storageKeys.ts';
import { THEME_SCRIPT } from '../../../src/storage/themeScript.ts';

test('the theme script reads the theme key and applies only a known theme', () => {
	// The Content-Security-Policy allows this exact text by its hash (astro.config.mjs).
	expect(THEME_SCRIPT).toMatchInlineSnapshot(
		`"try{const t=localStorage.getItem('dayone:theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}"`,
	);
	expect(THEME_SCRIPT).toContain(`localStorage.getItem('${THEME_KEY}')`);
});
