/**
 * Progress storage. Every record is kept per key with its schema version; every read is
 * migrated and validated, and a record that fails is reported and skipped, never deleted.
 * Writes are awaited by callers; a failed write is reported and its data kept in memory for
 * the rest of the visit (reads and exports still see it).
 *
 * Many tabs: every record is its own key, so tabs never rewrite each other's other records.
 * When a tab may hold a stale copy, write with `update` (read-modify-write under a lock shared
 * by every tab) or `putIfNewer` (writes only when `updatedAt` is newer than what is stored).
 * Append-only logs (reviews, attempts) use keys from `uniqueId`, so they never collide.
 */
import { MemoryBackend, openIndexedDb, PROBE_KEY, type Backend } from './backend';
import type { BackupFile, ImportMode, ImportPlan, Snapshot } from './backup';
import { bankRecords, importJournals, srsOwnerOf } from '../srs/records';
import {
	checkData,
	checkEnvelope,
	isNewer,
	KINDS,
	kinds,
	STORED_KINDS,
	type RecordOf,
	type StoredKind as Kind
} from './kinds';
import { storageStatus } from './status.svelte';
import { excerpt, storage as text } from './strings';

/** Records validated, or written in one transaction, between two yields to the page. */
export const IMPORT_CHUNK = 2000;

/** Kinds whose records never change once written (a key names one rating or attempt). */
const APPEND_ONLY: readonly Kind[] = ['reviews', 'attempts'];

/** How far an import is, 0…1; called between chunks. */
export type ImportProgress = (fraction: number) => void;

/** `items` in consecutive slices of `size`. */
export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
	for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** Lets the page paint and answer input before the next chunk of work. */
export function yieldToMain(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (scheduler?.yield) return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The backup format (export, import, plan), loaded when Settings first needs it. */
const loadBackup = () => import('./backup');

export { KINDS, STORED_KINDS, type Kind, type RecordOf, type StoredKind } from './kinds';
export type { ImportMode, ImportPlan, Snapshot } from './backup';
export type {
	CardStateRecord,
	ReviewLogRecord,
	SrsSettings,
	DaysRecord,
	JournalRecord
} from '../srs/records';
export type * from '../quiz/records';
export type * from './schemas/settings';

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

/** Outcome of `putIfNewer`. */
export type PutIfNewerResult = 'written' | 'kept-newer' | 'failed';

type Listener = (event: ChangeEvent) => void;

const CHANNEL = 'kartkowka-storage';

/** Kinds whose first saved record counts as "progress" (asks the browser to keep storage). */
const PROGRESS_KINDS: readonly Kind[] = ['cards', 'reviews', 'attempts', 'sessions'];

/** Kinds whose records carry a `bankId` field (reset of one bank filters them by data). */
const BANK_DATA_KINDS = ['attempts', 'sessions'] as const;

/** Thrown by `put`/`update` when the caller's data does not match the kind's schema (a bug). */
export class StorageDataError extends Error {
	constructor(kind: Kind, key: string, reason: string) {
		super(`Kartkówka: nieprawidłowe dane do zapisu ${kind}/${excerpt(key)}: ${reason}`);
		this.name = 'StorageDataError';
	}
}

function reasonOf(error: unknown): string {
	const name = (error as { name?: string } | null)?.name ?? '';
	if (name === 'QuotaExceededError' || /quota/i.test(String(error))) return text.quota;
	if (name === 'SecurityError' || name === 'InvalidStateError') return text.blocked;
	return text.unknown;
}

export interface StorageOptions {
	/** Use the in-memory store on purpose (tests); no banner is shown. */
	memory?: boolean;
	/** Broadcast changes to other tabs. */
	broadcast?: boolean;
	/**
	 * Stores to use instead of IndexedDB (tests, e.g. one that throws QuotaExceededError);
	 * kinds left out are kept in memory.
	 */
	backends?: Partial<Record<Kind, Backend>>;
	/** IndexedDB database name prefix (tests use their own); default `kartkowka`. */
	dbPrefix?: string;
	/** Ask the browser to keep storage (navigator.storage.persist) after the first progress. */
	persist?: boolean;
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
	/** Per-key queues used when the Web Locks API is missing. */
	#localLocks = new Map<string, Promise<unknown>>();
	#persistAsked = false;
	#persistTask: Promise<void> | null = null;

	constructor(options: StorageOptions = {}) {
		this.#options = options;
	}

	/** True when nothing will outlast the visit. */
	get memoryOnly() {
		return this.#memoryOnly;
	}

	/** Records found unreadable since opening (kept in place, skipped). */
	get problems(): readonly Problem[] {
		return this.#problems;
	}

	/** True when some failed write is held only in memory. */
	get hasUnsaved(): boolean {
		return [...this.#unsaved.values()].some((m) => m.size > 0);
	}

	/** The pending request for persistent storage, if one was started (tests await it). */
	get persistRequest(): Promise<void> | null {
		return this.#persistTask;
	}

	/** Opens the stores once and migrates old records. Safe to call many times. */
	open(): Promise<void> {
		this.#opening ??= this.#open();
		return this.#opening;
	}

	async #open() {
		let backends: Record<Kind, Backend> | null = this.#options.backends
			? (Object.fromEntries(
					STORED_KINDS.map((k) => [k, this.#options.backends?.[k] ?? new MemoryBackend()])
				) as Record<Kind, Backend>)
			: this.#options.memory
				? null
				: await openIndexedDb(STORED_KINDS, this.#options.dbPrefix);
		if (!backends) {
			this.#memoryOnly = true;
			if (!this.#options.memory) storageStatus.setMemoryOnly();
			backends = Object.fromEntries(
				STORED_KINDS.map((k) => [k, new MemoryBackend()])
			) as unknown as Record<Kind, Backend>;
		}
		this.#backends = backends;
		if (this.#options.broadcast && typeof BroadcastChannel !== 'undefined') {
			this.#channel = new BroadcastChannel(CHANNEL);
			this.#channel.onmessage = (e: MessageEvent<ChangeEvent>) => this.#emit(e.data, false);
		}
		await this.#migrateAll();
	}

	/** Rewrites records of older schema versions in the current one (kinds above version 1). */
	async #migrateAll() {
		for (const kind of STORED_KINDS) {
			if (kinds[kind].version === 1) continue;
			const backend = this.#backend(kind);
			let entries: [string, unknown][];
			try {
				entries = await backend.entries();
			} catch {
				continue;
			}
			for (const [key, envelope] of entries) {
				if (key === PROBE_KEY) continue;
				const checked = checkEnvelope(kind, envelope);
				if (!checked.ok) this.#report({ kind, key, reason: checked.reason });
				else if (checked.migrated) {
					// A failed rewrite is harmless: the old version is migrated again on every read.
					try {
						await backend.set(key, { v: kinds[kind].version, data: checked.data });
					} catch {
						/* kept as it was */
					}
				}
			}
		}
	}

	#backend(kind: Kind): Backend {
		if (!this.#backends) throw new Error('storage not open');
		return this.#backends[kind];
	}

	#report(problem: Problem) {
		const known = this.#problems.find((p) => p.kind === problem.kind && p.key === problem.key);
		if (known) known.reason = problem.reason;
		else {
			this.#problems.push(problem);
			console.warn(
				`Kartkówka: pominięto rekord ${problem.kind}/${excerpt(problem.key)}: ${problem.reason}`
			);
		}
		storageStatus.reportCorrupt(this.#problems.length);
	}

	#forget(kind: Kind, key: string | null) {
		const before = this.#problems.length;
		this.#problems = this.#problems.filter(
			(p) => p.kind !== kind || (key !== null && p.key !== key)
		);
		if (this.#problems.length !== before) storageStatus.reportCorrupt(this.#problems.length);
	}

	/** One record, validated; undefined when missing or unreadable. */
	async get<K extends Kind>(kind: K, key: string): Promise<RecordOf<K> | undefined> {
		await this.open();
		const unsaved = this.#unsaved.get(kind)?.get(key);
		if (unsaved !== undefined) return structuredClone(unsaved) as RecordOf<K>;
		let envelope: unknown;
		try {
			envelope = await this.#backend(kind).get(key);
		} catch (error) {
			storageStatus.reportWriteFailure(text.readFailed(reasonOf(error)));
			return undefined;
		}
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
		let entries: [string, unknown][] = [];
		try {
			entries = await this.#backend(kind).entries();
		} catch (error) {
			storageStatus.reportWriteFailure(text.readFailed(reasonOf(error)));
		}
		for (const [i, [key, envelope]] of entries.entries()) {
			// A long list (the review log) is validated in chunks, giving the page back between.
			if (i > 0 && i % IMPORT_CHUNK === 0) await yieldToMain();
			if (!key.startsWith(prefix) || key === PROBE_KEY) continue;
			const checked = checkEnvelope(kind, envelope);
			if (checked.ok) out.set(key, checked.data);
			else this.#report({ kind, key, reason: checked.reason });
		}
		for (const [key, data] of this.#unsaved.get(kind) ?? []) {
			if (key.startsWith(prefix)) out.set(key, structuredClone(data) as RecordOf<K>);
		}
		return [...out].map(([key, data]) => ({ key, data }));
	}

	#validated<K extends Kind>(kind: K, key: string, data: unknown): RecordOf<K> {
		if (typeof key !== 'string' || !key || key === PROBE_KEY) {
			throw new StorageDataError(kind, String(key), 'nieprawidłowy klucz');
		}
		const checked = checkData(kind, data);
		if (!checked.ok) throw new StorageDataError(kind, key, checked.reason);
		return checked.data;
	}

	/** Stores validated data; on failure keeps it in memory, shows the banner, returns false. */
	async #write(kind: Kind, key: string, data: unknown): Promise<boolean> {
		try {
			await this.#backend(kind).set(key, { v: kinds[kind].version, data });
			this.#unsaved.get(kind)?.delete(key);
			this.#forget(kind, key);
			return true;
		} catch (error) {
			let pending = this.#unsaved.get(kind);
			if (!pending) this.#unsaved.set(kind, (pending = new Map()));
			pending.set(key, structuredClone(data));
			this.#forget(kind, key);
			storageStatus.reportWriteFailure(text.writeFailed(reasonOf(error)));
			return false;
		}
	}

	/** Stores several validated records of one kind in one transaction; as `#write` on failure. */
	async #writeMany(kind: Kind, records: readonly { key: string; valid: unknown }[]) {
		const version = kinds[kind].version;
		try {
			await this.#backend(kind).setMany(
				records.map(({ key, valid }) => [key, { v: version, data: valid }] as const)
			);
			for (const { key } of records) {
				this.#unsaved.get(kind)?.delete(key);
				this.#forget(kind, key);
			}
			return true;
		} catch (error) {
			let pending = this.#unsaved.get(kind);
			if (!pending) this.#unsaved.set(kind, (pending = new Map()));
			for (const { key, valid } of records) {
				pending.set(key, structuredClone(valid));
				this.#forget(kind, key);
			}
			storageStatus.reportWriteFailure(text.writeFailed(reasonOf(error)));
			return false;
		}
	}

	/**
	 * Writes one record (last writer wins). Resolves true once it is stored; on failure reports
	 * the problem, keeps the data in memory for this visit and resolves false. Throws
	 * `StorageDataError` when `data` does not match the kind's schema (a bug in the caller).
	 */
	async put<K extends Kind>(kind: K, key: string, data: RecordOf<K>): Promise<boolean> {
		await this.open();
		const valid = this.#validated(kind, key, data);
		const ok = await this.#write(kind, key, valid);
		// Other tabs only hear about stored changes; this tab also sees data kept in memory.
		this.#emit({ kind, key }, ok);
		if (ok) this.#afterProgress(kind);
		return ok;
	}

	/** Writes several records of possibly different kinds, in order; true when all were stored. */
	async putAll(writes: { kind: Kind; key: string; data: unknown }[]): Promise<boolean> {
		let ok = true;
		for (const w of writes) {
			ok = (await this.put(w.kind, w.key, w.data as RecordOf<typeof w.kind>)) && ok;
		}
		return ok;
	}

	/**
	 * Writes `data` only if no record is stored under `key` or the stored one has an older
	 * `updatedAt` (equal counts as not newer). Use it whenever the copy you write may be stale:
	 * another tab may have saved newer progress meanwhile. Atomic across tabs (Web Locks).
	 */
	async putIfNewer<K extends Kind>(
		kind: K,
		key: string,
		data: RecordOf<K>
	): Promise<PutIfNewerResult> {
		await this.open();
		const valid = this.#validated(kind, key, data);
		return this.#withLock(kind, key, async () => {
			const current = await this.get(kind, key);
			if (current !== undefined && !isNewer(valid, current)) return 'kept-newer';
			const ok = await this.#write(kind, key, valid);
			this.#emit({ kind, key }, ok);
			if (ok) this.#afterProgress(kind);
			return ok ? 'written' : 'failed';
		});
	}

	/**
	 * Read-modify-write of one record, atomic across tabs: `change` gets the freshly read
	 * record (or undefined) and returns the new one, or undefined to leave it as it is.
	 * Resolves false only when the write failed (the new data is then kept in memory).
	 */
	async update<K extends Kind>(
		kind: K,
		key: string,
		change: (current: RecordOf<K> | undefined) => RecordOf<K> | undefined
	): Promise<boolean> {
		await this.open();
		return this.#withLock(kind, key, async () => {
			const next = change(await this.get(kind, key));
			if (next === undefined) return true;
			const ok = await this.#write(kind, key, this.#validated(kind, key, next));
			this.#emit({ kind, key }, ok);
			if (ok) this.#afterProgress(kind);
			return ok;
		});
	}

	#withLock<T>(kind: Kind, key: string, task: () => Promise<T>): Promise<T> {
		return this.withLock(`${kind}/${key}`, task);
	}

	/**
	 * Runs `task` while holding the lock `name`, shared by every tab (Web Locks; a queue in this
	 * tab where the API is missing). `update` and `putIfNewer` hold `<kind>/<key>`.
	 */
	async withLock<T>(lock: string, task: () => Promise<T>): Promise<T> {
		const name = `kartkowka:${lock}`;
		const locks = (globalThis as { navigator?: Navigator }).navigator?.locks;
		if (locks) return locks.request(name, task) as Promise<T>;
		const previous = this.#localLocks.get(name) ?? Promise.resolve();
		const run = previous.then(task, task);
		const tail = run.then(
			() => undefined,
			() => undefined
		);
		this.#localLocks.set(name, tail);
		try {
			return await run;
		} finally {
			if (this.#localLocks.get(name) === tail) this.#localLocks.delete(name);
		}
	}

	/** Removes one record. Resolves false (and shows the banner) when that failed. */
	async remove(kind: Kind, key: string): Promise<boolean> {
		await this.open();
		const ok = await this.#removeOne(kind, key);
		if (ok) this.#emit({ kind, key }, true);
		return ok;
	}

	async #removeOne(kind: Kind, key: string): Promise<boolean> {
		this.#unsaved.get(kind)?.delete(key);
		try {
			await this.#backend(kind).remove(key);
			this.#forget(kind, key);
			return true;
		} catch (error) {
			storageStatus.reportWriteFailure(text.writeFailed(reasonOf(error)));
			return false;
		}
	}

	/** Raw stored envelopes of a kind, unvalidated (diagnostics only; unsaved writes included). */
	async rawEntries(kind: Kind): Promise<[string, unknown][]> {
		await this.open();
		const map = new Map(await this.#backend(kind).entries());
		map.delete(PROBE_KEY);
		for (const [key, data] of this.#unsaved.get(kind) ?? []) {
			map.set(key, { v: kinds[kind].version, data });
		}
		return [...map];
	}

	/**
	 * Writes a stored envelope `{ v, data }` (possibly of an older version: it is migrated).
	 * Throws `StorageDataError` when it is not valid; resolves false when the write failed.
	 */
	async putRaw(kind: Kind, key: string, envelope: unknown): Promise<boolean> {
		await this.open();
		const checked = checkEnvelope(kind, envelope);
		if (!checked.ok) throw new StorageDataError(kind, key, checked.reason);
		const ok = await this.#write(kind, key, this.#validated(kind, key, checked.data));
		this.#emit({ kind, key }, ok);
		return ok;
	}

	/** Removes every record of a kind whose key starts with `prefix` ('' = all, unreadable too). */
	async clear(kind: Kind, prefix = ''): Promise<boolean> {
		await this.open();
		const pending = this.#unsaved.get(kind);
		for (const key of [...(pending?.keys() ?? [])])
			if (key.startsWith(prefix)) pending?.delete(key);
		let ok = true;
		try {
			const backend = this.#backend(kind);
			if (!prefix) await backend.clear();
			else {
				for (const [key] of await backend.entries()) {
					if (key.startsWith(prefix)) await backend.remove(key);
				}
			}
		} catch (error) {
			storageStatus.reportWriteFailure(text.writeFailed(reasonOf(error)));
			ok = false;
		}
		this.#problems = this.#problems.filter((p) => p.kind !== kind || !p.key.startsWith(prefix));
		storageStatus.reportCorrupt(this.#problems.length);
		this.#emit({ kind, key: null }, true);
		return ok;
	}

	/**
	 * Every readable record of every kind, including writes kept only in memory — what an
	 * export holds. Reading everything also reports every unreadable record.
	 */
	async snapshot(): Promise<Snapshot> {
		const out = {} as Record<Kind, Map<string, unknown>>;
		for (const kind of KINDS) {
			out[kind] = new Map((await this.list(kind)).map(({ key, data }) => [key, data]));
		}
		return out as Snapshot;
	}

	/** What importing `incoming` would change, without changing anything. */
	async previewImport(incoming: Snapshot, mode: ImportMode): Promise<ImportPlan> {
		const [{ planImport }, stored] = await Promise.all([loadBackup(), this.snapshot()]);
		return planImport(incoming, stored, mode);
	}

	/**
	 * Imports validated records (from `parseBackup`). Merge keeps the newer `updatedAt` of each
	 * record; replace makes the stored records equal to the file's (unreadable records stay).
	 * Local records are removed only after every write succeeded. Returns the plan carried out
	 * and whether every write was stored.
	 */
	async importRecords(
		incoming: Snapshot,
		mode: ImportMode,
		onProgress?: ImportProgress
	): Promise<{ plan: ImportPlan; ok: boolean }> {
		const [{ planImport }, stored] = await Promise.all([loadBackup(), this.snapshot()]);
		const plan = planImport(incoming, stored, mode);
		let ok = true;
		const touched = new Set<Kind>();
		// Progress: validating and writing count one step per record each.
		const steps = Math.max(1, plan.writes.length * 2);
		let step = 0;
		const progress = async (n: number) => {
			step += n;
			onProgress?.(Math.min(1, step / steps));
			await yieldToMain();
		};
		// Validate everything before the first write: a bad record must not leave half an import.
		// In chunks, giving the page back between them (a 100k log would block it for seconds).
		const writes: { kind: Kind; key: string; valid: unknown }[] = [];
		for (const chunk of chunks(plan.writes, IMPORT_CHUNK)) {
			for (const { kind, key, data } of chunk) {
				writes.push({ kind, key, valid: this.#validated(kind, key, data) });
			}
			await progress(chunk.length);
		}
		// Flashcard states are derived from the log: the banks this import touches are re-derived
		// (by the srs module, on its next read), even if the import stops halfway.
		const owners = plan.writes.flatMap((w) => srsOwnerOf(w.kind, w.key, w.data) ?? []);
		const removedBanks = new Set<string>();
		for (const { kind, key } of plan.removals) {
			const owner = srsOwnerOf(kind, key, (stored[kind] as Map<string, unknown>).get(key));
			if (owner) removedBanks.add(owner.bankId);
		}
		const journals = importJournals(owners, removedBanks, Date.now());
		for (const [i, journal] of journals.entries()) {
			ok = (await this.put('journal', uniqueId(`import${i}`, journal.createdAt), journal)) && ok;
		}
		// Append-only logs (and everything, when replacing) are written in batches, one
		// transaction each: an entry's id names one immutable rating or attempt, so there is no
		// newer copy to keep. The rest is merged record by record under each record's lock.
		const batched = writes.filter((w) => mode === 'replace' || APPEND_ONLY.includes(w.kind));
		const single = writes.filter((w) => !(mode === 'replace' || APPEND_ONLY.includes(w.kind)));
		for (const kind of STORED_KINDS) {
			const ofKind = batched.filter((w) => w.kind === kind);
			for (const chunk of chunks(ofKind, IMPORT_CHUNK)) {
				ok = (await this.#writeMany(kind, chunk)) && ok;
				touched.add(kind);
				await progress(chunk.length);
			}
		}
		for (const [i, { kind, key, valid }] of single.entries()) {
			if (i > 0 && i % IMPORT_CHUNK === 0) await progress(IMPORT_CHUNK);
			if (mode === 'merge') {
				const result = await this.#withLock(kind, key, async () => {
					const current = await this.get(kind, key);
					if (current !== undefined && !isNewer(valid, current)) return true;
					return this.#write(kind, key, valid);
				});
				ok = result && ok;
			} else ok = (await this.#write(kind, key, valid)) && ok;
			touched.add(kind);
		}
		if (ok) {
			for (const { kind, key } of plan.removals) {
				ok = (await this.#removeOne(kind, key)) && ok;
				touched.add(kind);
			}
		}
		for (const kind of touched) this.#emit({ kind, key: null }, true);
		if (plan.writes.some((w) => PROGRESS_KINDS.includes(w.kind))) this.#afterProgress('cards');
		onProgress?.(1);
		return { plan, ok };
	}

	/** The backup file of everything readable now, unsaved writes included. */
	async exportBackup(now: Date): Promise<BackupFile> {
		const [{ createBackup }, snapshot] = await Promise.all([loadBackup(), this.snapshot()]);
		return createBackup(snapshot, now);
	}

	/**
	 * Validates a whole backup file and, only if all of it is valid, imports it. On a problem
	 * nothing is written and the Polish message names it.
	 */
	async importFile(
		fileText: string,
		mode: ImportMode
	): Promise<{ ok: true; plan: ImportPlan; saved: boolean } | { ok: false; error: string }> {
		const { parseBackup } = await loadBackup();
		const parsed = parseBackup(fileText);
		if (!parsed.ok) return parsed;
		const { plan, ok } = await this.importRecords(parsed.records, mode);
		return { ok: true, plan, saved: ok };
	}

	/**
	 * Removes one bank's progress: its flashcard records (the layout the srs module names:
	 * cards, day summaries, settings, log entries), and attempts and sessions whose `bankId` is
	 * the bank. A journal record written first has the bank re-derived should this stop
	 * halfway. Returns how many records were removed and whether every removal succeeded.
	 */
	async resetBank(bankId: string): Promise<{ removed: number; ok: boolean }> {
		const srs = bankRecords(bankId);
		const guard = `reset-${bankId}`;
		await this.put('journal', guard, {
			bankId,
			entries: [],
			cardIds: [],
			rebuild: true,
			createdAt: Date.now()
		});
		const targets: { kind: Kind; key: string }[] = [];
		for (const { kind, prefix } of srs.prefixes) {
			for (const { key } of await this.list(kind, prefix)) targets.push({ kind, key });
		}
		for (const { kind, key } of srs.keys) {
			if ((await this.get(kind, key)) !== undefined) targets.push({ kind, key });
		}
		for (const kind of [...srs.byBankId, ...BANK_DATA_KINDS]) {
			for (const { key, data } of await this.list(kind)) {
				if (data.bankId === bankId && key !== guard) targets.push({ kind, key });
			}
		}
		const result = await this.#removeMany(targets);
		if (result.ok) await this.remove('journal', guard);
		return result;
	}

	/** Removes every record of every kind (unreadable ones too) except the app's own flags. */
	async resetAll(): Promise<{ removed: number; ok: boolean }> {
		await this.open();
		const targets: { kind: Kind; key: string }[] = [];
		for (const kind of STORED_KINDS) {
			// Banks on the device are not progress: "Usuń zestaw" removes them, one by one.
			if (kind === 'banks') continue;
			const keys = new Set(this.#unsaved.get(kind)?.keys() ?? []);
			try {
				for (const [key] of await this.#backend(kind).entries()) keys.add(key);
			} catch (error) {
				storageStatus.reportWriteFailure(text.writeFailed(reasonOf(error)));
				return { removed: 0, ok: false };
			}
			for (const key of keys) {
				if (key !== PROBE_KEY && !(kind === 'settings' && key === 'app'))
					targets.push({ kind, key });
			}
		}
		return this.#removeMany(targets);
	}

	/** Removes records; `removed` counts the learner's records (derived ones are not counted). */
	async #removeMany(targets: { kind: Kind; key: string }[]) {
		let removed = 0;
		let ok = true;
		const touched = new Set<Kind>();
		for (const { kind, key } of targets) {
			if (await this.#removeOne(kind, key)) {
				if ((KINDS as readonly string[]).includes(kind)) removed++;
			} else ok = false;
			touched.add(kind);
		}
		for (const kind of touched) this.#emit({ kind, key: null }, true);
		return { removed, ok };
	}

	/** Stops listening to other tabs (tests). */
	close() {
		this.#channel?.close();
		this.#channel = null;
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

	#emit(event: ChangeEvent, broadcast: boolean) {
		if (broadcast) this.#channel?.postMessage(event);
		for (const listener of this.#listeners) listener(event);
	}

	/** After the first stored progress, asks once (ever) for persistent storage. */
	#afterProgress(kind: Kind) {
		if (!this.#options.persist || this.#persistAsked || this.#memoryOnly) return;
		if (!PROGRESS_KINDS.includes(kind)) return;
		this.#persistAsked = true;
		// Never rejects: a refusal only means Settings shows "Pamięć trwała: nie".
		this.#persistTask = this.#requestPersistence().catch(() => undefined);
	}

	async #requestPersistence() {
		const app = await this.get('settings', 'app');
		if (app?.type === 'app' && app.persistRequested) return;
		const manager = (globalThis as { navigator?: Navigator }).navigator?.storage;
		try {
			if (manager?.persist && !(await manager.persisted())) await manager.persist();
		} catch {
			/* the browser said no or cannot tell; Settings shows the state */
		}
		await this.update('settings', 'app', (current) => ({
			type: 'app',
			offlineReadyShown: false,
			...(current?.type === 'app' ? current : {}),
			persistRequested: true
		}));
	}
}

/** The app's storage, shared by every page. */
export const storage = new Storage({ broadcast: true, persist: true });

/** A unique id for append-only records (review log entries, attempts). */
export function uniqueId(prefix: string, now: number): string {
	const random =
		typeof crypto !== 'undefined' && 'randomUUID' in crypto
			? crypto.randomUUID().slice(0, 8)
			: Math.random().toString(36).slice(2, 10);
	return `${prefix}-${now.toString(36)}-${random}`;
}
