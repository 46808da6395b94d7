/**
 * Progress storage. Every record is kept per key with its schema version; every read is
 * migrated and validated, and a record that fails is reported and skipped, never deleted.
 * Writes are awaited by callers; a failed write is reported and its data kept in memory for
 * the rest of the visit (reads and exports still see it).
 */
import { MemoryBackend, openIndexedDb, type Backend } from './backend';
import { checkEnvelope, KINDS, kinds, type Kind, type RecordOf } from './kinds';
import { storageStatus } from './status.svelte';
import { storage as text } from './strings';

export { KINDS, type Kind, type RecordOf } from './kinds';
export type * from './schemas/cards';
export type * from './schemas/quiz';
export type * from './schemas/settings';
export type * from './schemas/classroom';

/** A record that could not be read: kept in place, skipped by readers. */
export interface Problem {
	kind: Kind;
	key: string;
	reason: string;
}

/** Sent to other tabs (and to listeners in this one) after every change. */
export interface ChangeEvent {
	kind: Kind;
	/** The changed key, or null when the whole kind changed (import, reset). */
	key: string | null;
}

type Listener = (event: ChangeEvent) => void;

const CHANNEL = 'kartkowka-storage';

function reasonOf(error: unknown): string {
	const name = (error as { name?: string } | null)?.name ?? '';
	if (name === 'QuotaExceededError' || /quota/i.test(String(error))) return text.quota;
	if (name === 'SecurityError' || name === 'InvalidStateError') return text.blocked;
	return text.unknown;
}

export interface StorageOptions {
	/** Use the in-memory store (tests, or no IndexedDB). */
	memory?: boolean;
	/** Broadcast changes to other tabs. */
	broadcast?: boolean;
}

export class Storage {
	#options: StorageOptions;
	#backends: Record<Kind, Backend> | null = null;
	#opening: Promise<void> | null = null;
	/** Writes that failed, kept so the visit loses nothing: kind → key → data. */
	#unsaved = new Map<Kind, Map<string, unknown>>();
	#problems: Problem[] = [];
	#listeners = new Set<Listener>();
	#channel: BroadcastChannel | null = null;
	#memoryOnly = false;

	constructor(options: StorageOptions = {}) {
		this.#options = options;
	}

	/** True when nothing will outlast the visit. */
	get memoryOnly() {
		return this.#memoryOnly;
	}

	/** Records found unreadable since opening. */
	get problems(): readonly Problem[] {
		return this.#problems;
	}

	/** Opens the stores once and migrates old records. Safe to call many times. */
	open(): Promise<void> {
		this.#opening ??= this.#open();
		return this.#opening;
	}

	async #open() {
		let backends = this.#options.memory ? null : await openIndexedDb(KINDS);
		if (!backends) {
			this.#memoryOnly = true;
			if (!this.#options.memory) storageStatus.setMemoryOnly();
			backends = Object.fromEntries(
				KINDS.map((k) => [k, new MemoryBackend()])
			) as unknown as Record<Kind, Backend>;
		}
		this.#backends = backends;
		if (this.#options.broadcast && typeof BroadcastChannel !== 'undefined') {
			this.#channel = new BroadcastChannel(CHANNEL);
			this.#channel.onmessage = (e: MessageEvent<ChangeEvent>) => this.#emit(e.data, false);
		}
		await this.#migrateAll();
	}

	async #migrateAll() {
		for (const kind of KINDS) {
			const backend = this.#backend(kind);
			for (const [key, envelope] of await backend.entries()) {
				const checked = checkEnvelope(kind, envelope);
				if (checked.ok && checked.migrated) {
					await backend.set(key, { v: kinds[kind].version, data: checked.data });
				}
			}
		}
	}

	#backend(kind: Kind): Backend {
		if (!this.#backends) throw new Error('storage not open');
		return this.#backends[kind];
	}

	#report(problem: Problem) {
		if (!this.#problems.some((p) => p.kind === problem.kind && p.key === problem.key)) {
			this.#problems.push(problem);
			console.warn(`Kartkówka: pominięto rekord ${problem.kind}/${problem.key}: ${problem.reason}`);
		}
		storageStatus.reportCorrupt(this.#problems.length);
	}

	/** One record, validated; undefined when missing or unreadable. */
	async get<K extends Kind>(kind: K, key: string): Promise<RecordOf<K> | undefined> {
		await this.open();
		const unsaved = this.#unsaved.get(kind)?.get(key);
		if (unsaved !== undefined) return structuredClone(unsaved) as RecordOf<K>;
		const envelope = await this.#backend(kind).get(key);
		if (envelope === undefined) return undefined;
		const checked = checkEnvelope(kind, envelope);
		if (checked.ok) return checked.data;
		this.#report({ kind, key, reason: checked.reason });
		return undefined;
	}

	/** Every readable record of a kind whose key starts with `prefix`. */
	async list<K extends Kind>(kind: K, prefix = ''): Promise<{ key: string; data: RecordOf<K> }[]> {
		await this.open();
		const out = new Map<string, RecordOf<K>>();
		for (const [key, envelope] of await this.#backend(kind).entries()) {
			if (!key.startsWith(prefix) || key === '__probe__') continue;
			const checked = checkEnvelope(kind, envelope);
			if (checked.ok) out.set(key, checked.data);
			else this.#report({ kind, key, reason: checked.reason });
		}
		for (const [key, data] of this.#unsaved.get(kind) ?? []) {
			if (key.startsWith(prefix)) out.set(key, structuredClone(data) as RecordOf<K>);
		}
		return [...out].map(([key, data]) => ({ key, data }));
	}

	/**
	 * Writes one record. Resolves true once it is stored; on failure reports the problem,
	 * keeps the data in memory for this visit and resolves false.
	 */
	async put<K extends Kind>(kind: K, key: string, data: RecordOf<K>): Promise<boolean> {
		await this.open();
		try {
			await this.#backend(kind).set(key, { v: kinds[kind].version, data });
			this.#unsaved.get(kind)?.delete(key);
			this.#emit({ kind, key }, true);
			return true;
		} catch (error) {
			let pending = this.#unsaved.get(kind);
			if (!pending) this.#unsaved.set(kind, (pending = new Map()));
			pending.set(key, structuredClone(data));
			storageStatus.reportWriteFailure(text.writeFailed(reasonOf(error)));
			return false;
		}
	}

	/** Writes several records of possibly different kinds, in order. */
	async putAll(writes: { kind: Kind; key: string; data: unknown }[]): Promise<boolean> {
		let ok = true;
		for (const w of writes) {
			ok = (await this.put(w.kind, w.key, w.data as RecordOf<typeof w.kind>)) && ok;
		}
		return ok;
	}

	async remove(kind: Kind, key: string): Promise<boolean> {
		await this.open();
		this.#unsaved.get(kind)?.delete(key);
		try {
			await this.#backend(kind).remove(key);
			this.#emit({ kind, key }, true);
			return true;
		} catch (error) {
			storageStatus.reportWriteFailure(text.writeFailed(reasonOf(error)));
			return false;
		}
	}

	/** Raw stored envelopes of a kind, unvalidated (backup and diagnostics only). */
	async rawEntries(kind: Kind): Promise<[string, unknown][]> {
		await this.open();
		const map = new Map(await this.#backend(kind).entries());
		map.delete('__probe__');
		for (const [key, data] of this.#unsaved.get(kind) ?? []) {
			map.set(key, { v: kinds[kind].version, data });
		}
		return [...map];
	}

	/** Writes a stored envelope as it is (restore); the caller has validated it. */
	async putRaw(kind: Kind, key: string, envelope: unknown): Promise<void> {
		await this.open();
		await this.#backend(kind).set(key, envelope);
	}

	/** Removes every record of a kind whose key starts with `prefix` ('' = all). */
	async clear(kind: Kind, prefix = ''): Promise<void> {
		await this.open();
		const backend = this.#backend(kind);
		if (!prefix) await backend.clear();
		else {
			for (const [key] of await backend.entries()) {
				if (key.startsWith(prefix)) await backend.remove(key);
			}
		}
		const pending = this.#unsaved.get(kind);
		for (const key of [...(pending?.keys() ?? [])])
			if (key.startsWith(prefix)) pending?.delete(key);
		this.#problems = this.#problems.filter((p) => p.kind !== kind || !p.key.startsWith(prefix));
		this.#emit({ kind, key: null }, true);
	}

	/** Calls `listener` after every change, made here or in another tab. Returns unsubscribe. */
	subscribe(listener: Listener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Tells other tabs and local listeners that something changed. */
	notify(event: ChangeEvent) {
		this.#emit(event, true);
	}

	#emit(event: ChangeEvent, local: boolean) {
		if (local) this.#channel?.postMessage(event);
		for (const listener of this.#listeners) listener(event);
	}
}

/** The app's storage, shared by every page. */
export const storage = new Storage({ broadcast: true });

/** A unique id for append-only records (review log entries, attempts). */
export function uniqueId(prefix: string, now: number): string {
	const random =
		typeof crypto !== 'undefined' && 'randomUUID' in crypto
			? crypto.randomUUID().slice(0, 8)
			: Math.random().toString(36).slice(2, 10);
	return `${prefix}-${now.toString(36)}-${random}`;
}
