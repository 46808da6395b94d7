/**
 * Where records physically live: one localforage (IndexedDB) instance per kind, or, when the
 * browser offers no storage at all, a Map that lasts for the visit. This file and nothing
 * else imports localforage.
 */
import type { StoredKind as Kind } from './kinds';

export interface Backend {
	get(key: string): Promise<unknown>;
	set(key: string, value: unknown): Promise<void>;
	remove(key: string): Promise<void>;
	/** Every key and value of the kind. */
	entries(): Promise<[string, unknown][]>;
	clear(): Promise<void>;
}

export class MemoryBackend implements Backend {
	#map = new Map<string, unknown>();
	async get(key: string) {
		return structuredClone(this.#map.get(key));
	}
	async set(key: string, value: unknown) {
		this.#map.set(key, structuredClone(value));
	}
	async remove(key: string) {
		this.#map.delete(key);
	}
	async entries(): Promise<[string, unknown][]> {
		return [...this.#map].map(([k, v]) => [k, structuredClone(v)]);
	}
	async clear() {
		this.#map.clear();
	}
}

class ForageBackend implements Backend {
	constructor(private store: LocalForage) {}
	async get(key: string) {
		return (await this.store.getItem(key)) ?? undefined;
	}
	async set(key: string, value: unknown) {
		await this.store.setItem(key, value);
	}
	async remove(key: string) {
		await this.store.removeItem(key);
	}
	async entries() {
		const out: [string, unknown][] = [];
		await this.store.iterate((value, key) => {
			out.push([key, value]);
		});
		return out;
	}
	async clear() {
		await this.store.clear();
	}
}

/** Database name prefix; each kind is its own IndexedDB database `kartkowka-<kind>`. */
export const DB_PREFIX = 'kartkowka';

/** True when reading `indexedDB` works and gives something that can open databases. */
function indexedDbAvailable(): boolean {
	try {
		// Some browsers (blocked cookies, some private modes) throw on merely reading it.
		const idb: IDBFactory | undefined = globalThis.indexedDB;
		return !!idb && typeof idb.open === 'function';
	} catch {
		return false;
	}
}

/**
 * Opens IndexedDB-backed stores for every kind, or returns null when IndexedDB is missing,
 * throws on access, or refuses to open or write (the caller then falls back to memory).
 */
export async function openIndexedDb(
	kinds: readonly Kind[],
	prefix = DB_PREFIX
): Promise<Record<Kind, Backend> | null> {
	if (!indexedDbAvailable()) return null;
	try {
		const { default: localforage } = await import('localforage');
		const out = {} as Record<Kind, Backend>;
		for (const kind of kinds) {
			const store = localforage.createInstance({
				name: `${prefix}-${kind}`,
				storeName: 'records',
				driver: localforage.INDEXEDDB
			});
			await store.ready();
			out[kind] = new ForageBackend(store);
		}
		// A write and a read prove the store is usable (some private modes fail only here).
		const probe = out.settings;
		await probe.set(PROBE_KEY, 1);
		await probe.remove(PROBE_KEY);
		return out;
	} catch {
		return null;
	}
}

/** Key written and removed once on open to prove the store accepts writes. */
export const PROBE_KEY = '__probe__';
