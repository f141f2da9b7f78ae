import { afterEach, expect, test, vi } from 'vitest';
import { readStored, writeStored } from '../../../src/storage/browserStorage.ts';
import { LAST_PATH_KEY, pathKey, VISITS_KEY } from '../../../src/storage/storageKeys.ts';

afterEach(() => vi.unstubAllGlobals());

function memoryStorage() {
	const data = new Map<string, string>();
	return {
		getItem: (key: string) => data.get(key) ?? null,
		setItem: (key: string, value: string) => void data.set(key, value),
	};
}

test('a stored value comes back as it was written', () => {
	vi.stubGlobal('localStorage', memoryStorage());
	expect(writeStored(VISITS_KEY, { previous: 1, current: 2 })).toBe(true);
	expect(readStored(VISITS_KEY, null)).toEqual({ previous: 1, current: 2 });
	expect(localStorage.getItem('dayone:visits')).toBe('{"previous":1,"current":2}');
});

test('missing, unreadable or refused storage gives the fallback', () => {
	vi.stubGlobal('localStorage', memoryStorage());
	expect(readStored(LAST_PATH_KEY, 'fallback')).toBe('fallback');
	localStorage.setItem(pathKey('bad'), '{not json');
	expect(readStored(pathKey('bad'), 0)).toBe(0);
	vi.stubGlobal('localStorage', {
		getItem() {
			throw new Error('denied');
		},
		setItem() {
			throw new Error('denied');
		},
	});
	expect(readStored(VISITS_KEY, 'fallback')).toBe('fallback');
	expect(writeStored(pathKey('p'), ['/essays/x/'])).toBe(false);
});
