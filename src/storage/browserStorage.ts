/**
 * Reading and writing JSON in the browser's localStorage, where progress and visits are kept.
 * Storage can be refused (private browsing, a full quota); the site then works without memory.
 */
export function readStored<T>(key: string, fallback: T): T {
	try {
		const text = globalThis.localStorage?.getItem(key);
		return text ? (JSON.parse(text) as T) : fallback;
	} catch {
		return fallback;
	}
}

/** Stores `value` under `key`; returns false when the browser refused. */
export function writeStored(key: string, value: unknown): boolean {
	try {
		globalThis.localStorage.setItem(key, JSON.stringify(value));
		return true;
	} catch {
		return false;
	}
}
