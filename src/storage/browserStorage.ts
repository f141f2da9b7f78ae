/**
 * Reading and writing JSON in the browser's localStorage, where progress and visits are kept.
 * Keys and the shapes of their values are named in storageKeys.ts.
 * Storage can be refused (private browsing, a full quota); the site then works without memory.
 */
import type { StorageKey } from './storageKeys.ts';

/** The value stored under `key`, or `fallback` when there is none or it cannot be read. */
export function readStored<Value, Fallback = Value>(
	key: StorageKey<Value>,
	fallback: Fallback,
): Value | Fallback {
	try {
		const text = globalThis.localStorage?.getItem(key);
		return text ? (JSON.parse(text) as Value) : fallback;
	} catch {
		return fallback;
	}
}

/** Stores `value` under `key`; returns false when the browser refused. */
export function writeStored<Value>(key: StorageKey<Value>, value: Value): boolean {
	try {
		globalThis.localStorage.setItem(key, JSON.stringify(value));
		return true;
	} catch {
		return false;
	}
}
