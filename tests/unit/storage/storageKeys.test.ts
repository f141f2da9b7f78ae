import { expect, test } from 'vitest';
import {
	LAST_PATH_KEY,
	pathKey,
	THEME_KEY,
	THEMES,
	VISITS_KEY,
} from '../../../src/storage/storageKeys.ts';

test('the keys keep the names readers already have data under', () => {
	// Renaming a key forgets every reader's theme, progress or visits: change these on purpose only.
	expect({ THEME_KEY, LAST_PATH_KEY, VISITS_KEY, path: pathKey('first-week') }).toEqual({
		THEME_KEY: 'dayone:theme',
		LAST_PATH_KEY: 'dayone:last-path',
		VISITS_KEY: 'dayone:visits',
		path: 'dayone:path:first-week',
	});
});

test('each path keeps its progress under a key of its own', () => {
	expect(pathKey('first-week')).toBe(pathKey('first-week'));
	expect(pathKey('first-week')).not.toBe(pathKey('first-month'));
	expect(new Set([THEME_KEY, LAST_PATH_KEY, VISITS_KEY, pathKey('last-path')]).size).toBe(4);
});

test('every key is in the site namespace and safe inside a quoted script string', () => {
	for (const key of [THEME_KEY, LAST_PATH_KEY, VISITS_KEY, pathKey('first-week')]) {
		expect(key).toMatch(/^dayone:[a-z0-9:-]+$/);
	}
	expect(THEMES).toEqual(['light', 'dark']);
});
