/**
 * Where records physically live: one IndexedDB database per kind, or, when the browser offers
 * no storage at all, a Map that lasts for the visit. This file and nothing else touches
 * IndexedDB.
 */
import type { StoredKind as Kind } from './kinds';

export interface Backend {
	get(key: string): Promise<unknown>;
	set(key: string, value: unknown): Promise<void>;
	/** Several writes in one transaction: all stored, or (on an error) none. */
	setMany(entries: readonly (readonly [string, unknown])[]): Promise<void>;
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
	async setMany(entries: readonly (readonly [string, unknown])[]) {
		for (const [key, value] of entries) this.#map.set(key, structuredClone(value));
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

/** A request's result, as a promise. */
function done<T>(request: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

/** Resolves when the transaction has committed, rejects when it aborted. */
function committed(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('transaction aborted'));
	});
}

/** Records read per request by `entries`. */
const READ_SLICE = 5000;

/** Object store of every kind's database; the layout localforage 1.10 wrote (same name, out-of-line keys). */
const STORE = 'records';

/**
 * One kind's IndexedDB database, `records` store, values as structured clones under string
 * keys: exactly what localforage's IndexedDB driver wrote, so stores from earlier versions open
 * as they are. Hand-written instead of localforage (about 10 KB gzip of every page's first
 * load) because only IndexedDB is ever used here, and because an import needs many writes in
 * one transaction, which localforage cannot do.
 */
class IdbBackend implements Backend {
	#db: IDBDatabase;
	constructor(db: IDBDatabase) {
		this.#db = db;
	}
	#store(mode: IDBTransactionMode): [IDBObjectStore, IDBTransaction] {
		const tx = this.#db.transaction(STORE, mode);
		return [tx.objectStore(STORE), tx];
	}
	async get(key: string) {
		const [store] = this.#store('readonly');
		// localforage stored `undefined` as null; both read back as missing.
		return (await done(store.get(key))) ?? undefined;
	}
	async set(key: string, value: unknown) {
		const [store, tx] = this.#store('readwrite');
		store.put(value ?? null, key);
		await committed(tx);
	}
	async setMany(entries: readonly (readonly [string, unknown])[]) {
		if (entries.length === 0) return;
		const [store, tx] = this.#store('readwrite');
		for (const [key, value] of entries) store.put(value ?? null, key);
		await committed(tx);
	}
	async remove(key: string) {
		const [store, tx] = this.#store('readwrite');
		store.delete(key);
		await committed(tx);
	}
	async entries(): Promise<[string, unknown][]> {
		const [store] = this.#store('readonly');
		const out: [string, unknown][] = [];
		// In slices of one transaction: each slice arrives in its own task, so a 100k log is
		// read without one long task that would block input.
		let after: IDBValidKey | undefined;
		for (;;) {
			const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
			const [keys, values] = await Promise.all([
				done(store.getAllKeys(range, READ_SLICE)),
				done(store.getAll(range, READ_SLICE))
			]);
			for (let i = 0; i < keys.length; i++) out.push([String(keys[i]), values[i]]);
			if (keys.length < READ_SLICE) return out;
			after = keys[keys.length - 1];
		}
	}
	async clear() {
		const [store, tx] = this.#store('readwrite');
		store.clear();
		await committed(tx);
	}
}

/** Opens (or creates) one kind's database with its `records` store. */
async function openDatabase(name: string): Promise<IDBDatabase> {
	const open = (version?: number) => {
		const request = version ? indexedDB.open(name, version) : indexedDB.open(name);
		request.onupgradeneeded = () => {
			if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
		};
		return done(request);
	};
	let db = await open();
	if (!db.objectStoreNames.contains(STORE)) {
		// A database without the store (never written by this app): add it in a new version.
		const version = db.version + 1;
		db.close();
		db = await open(version);
	}
	// Another tab deleting or upgrading the database must not be blocked by this connection.
	db.onversionchange = () => db.close();
	return db;
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
		const out = {} as Record<Kind, Backend>;
		const dbs = await Promise.all(kinds.map((kind) => openDatabase(`${prefix}-${kind}`)));
		kinds.forEach((kind, i) => (out[kind] = new IdbBackend(dbs[i]!)));
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
