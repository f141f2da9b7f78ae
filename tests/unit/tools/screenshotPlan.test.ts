import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import {
	SHOTS,
	VIEWPORTS,
	screenshotFile,
	screenshotFiles,
} from '../../../tools/lib/screenshotPlan.ts';

const ROOT = new URL('../../../', import.meta.url);
const readme = readFileSync(new URL('README.md', ROOT), 'utf8');

test('each kind of page is taken on a phone and a laptop, each into a file of its own', () => {
	const files = screenshotFiles();
	expect(files).toHaveLength(SHOTS.length * VIEWPORTS.length);
	expect(new Set(files).size).toBe(files.length);
	expect(screenshotFile('home', 'phone')).toBe('docs/images/screens/home-phone.png');
});

test('the screens are the phone and laptop sizes the issue names', () => {
	expect(VIEWPORTS.map(({ width, height }) => `${width}x${height}`)).toEqual([
		'390x844',
		'1280x800',
	]);
});

test.each(screenshotFiles())('the README shows %s, and it is committed', (file) => {
	expect(readme).toContain(`](${file})`);
	expect(existsSync(new URL(file, ROOT))).toBe(true);
});

test('the README shows no screenshot the script no longer takes', () => {
	const shown = [...readme.matchAll(/\]\((docs\/images\/screens\/[^)]+)\)/g)].map(
		([, file]) => file,
	);
	expect(shown.sort()).toEqual(screenshotFiles().sort());
});
