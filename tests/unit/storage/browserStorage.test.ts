import { afterEach, expect, test, vi } from 'vitest';
import { readStored, writeStored } from '../../../src/storage/browserStorage.ts';

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
	expect(writeStored('k', { a: [1, 2] })).toBe(true);
	expect(readStored('k', null)).toEqual({ a: [1, 2] });
});

test('missing, unreadable or refused storage gives the fallback', () => {
	vi.stubGlobal('localStorage', memoryStorage());
	expect(readStored('missing', 'fallback')).toBe('fallback');
	localStorage.setItem('bad', '{not json');
	expect(readStored('bad', 0)).toBe(0);
	vi.stubGlobal('localStorage', {
		getItem() {
			throw new Error('denied');
		},
		setItem() {
			throw new Error('denied');
		},
	});
	expect(readStored('k', 'fallback')).toBe('fallback');
	expect(writeStored('k', 1)).toBe(false);
});
