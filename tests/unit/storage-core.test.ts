import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryBackend, openIndexedDb, type Backend } from '../../src/lib/storage/backend';
import { parseBackup, serializeBackup } from '../../src/lib/storage/backup';
import { Storage, StorageDataError, KINDS, type Kind } from '../../src/lib/storage';
import { storageStatus } from '../../src/lib/storage/status.svelte';
import {
	attempt,
	BANK,
	card,
	cardsV1,
	cardsV3,
	DAY,
	OTHER_BANK,
	review,
	session,
	srsSettings,
	T0
} from './storage-fixtures';

let dbCount = 0;
/** A fresh set of IndexedDB databases (fake-indexeddb) for one test. */
function freshPrefix() {
	return `test-core-${++dbCount}`;
}

async function rawBackends(prefix: string) {
	const backends = await openIndexedDb(KINDS, prefix);
	if (!backends) throw new Error('fake-indexeddb missing');
	return backends;
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('IndexedDB round trip', () => {
	it('every kind comes back equal, Dates as Dates, in a new Storage on the same databases', async () => {
		const prefix = freshPrefix();
		const a = new Storage({ dbPrefix: prefix });
		const c = card(BANK, 'f-granica', T0, { buriedUntil: new Date(T0 + DAY) });
		const r = review(BANK, 'f-granica', 'r-1', T0);
		const at = attempt(BANK, 'a-1', T0);
		const s = session(BANK, 's-1', T0);
		const cfg = srsSettings(BANK);
		expect(
			await a.putAll([
				{ kind: 'cards', key: `${BANK}/f-granica`, data: c },
				{ kind: 'reviews', key: r.id, data: r },
				{ kind: 'attempts', key: at.id, data: at },
				{ kind: 'sessions', key: BANK, data: s },
				{ kind: 'settings', key: `srs/${BANK}`, data: cfg }
			])
		).toBe(true);
		expect(a.memoryOnly).toBe(false);

		const b = new Storage({ dbPrefix: prefix });
		const back = await b.get('cards', `${BANK}/f-granica`);
		expect(back).toEqual(c);
		expect(back?.due).toBeInstanceOf(Date);
		expect(back?.buriedUntil?.getTime()).toBe(T0 + DAY);
		expect(await b.get('reviews', 'r-1')).toEqual(r);
		expect(await b.get('attempts', 'a-1')).toEqual(at);
		expect(await b.get('sessions', BANK)).toEqual(s);
		expect(await b.get('settings', `srs/${BANK}`)).toEqual(cfg);
		expect(await b.list('cards', `${OTHER_BANK}/`)).toEqual([]);
		expect((await b.list('cards', `${BANK}/`)).map((x) => x.key)).toEqual([`${BANK}/f-granica`]);
		// What is stored is an envelope with the schema version.
		const raw = await (await rawBackends(prefix)).cards.get(`${BANK}/f-granica`);
		expect(raw).toEqual({ v: 3, data: c });
	});

	it('export → JSON → import restores Dates exactly', async () => {
		const a = new Storage({ dbPrefix: freshPrefix() });
		const c = card(BANK, 'f-1', T0 + 123);
		await a.put('cards', `${BANK}/f-1`, c);
		await a.put('reviews', 'r-9', review(BANK, 'f-1', 'r-9', T0 + 7));
		const text = serializeBackup(await a.exportBackup(new Date(T0)));
		expect(text).toContain(new Date(T0 + 123 + 3 * DAY).toISOString());
		const b = new Storage({ dbPrefix: freshPrefix() });
		const result = await b.importFile(text, 'merge');
		expect(result.ok).toBe(true);
		expect(await b.snapshot()).toEqual(await a.snapshot());
		expect((await b.get('cards', `${BANK}/f-1`))?.due).toEqual(new Date(T0 + 123 + 3 * DAY));
	});

	it('rejects data that does not match the schema instead of storing it', async () => {
		const a = new Storage({ dbPrefix: freshPrefix() });
		const bad = { ...card(BANK, 'f-1', T0), due: 'jutro' } as unknown as ReturnType<typeof card>;
		await expect(a.put('cards', `${BANK}/f-1`, bad)).rejects.toThrow(StorageDataError);
		await expect(a.put('cards', `${BANK}/f-1`, bad)).rejects.toThrow('pole due');
		expect(await a.get('cards', `${BANK}/f-1`)).toBeUndefined();
	});
});

describe('migrations', () => {
	it('version-1 cards in IndexedDB are migrated on open and rewritten as version 3', async () => {
		const prefix = freshPrefix();
		const raw = await rawBackends(prefix);
		for (const [key, envelope] of Object.entries(cardsV1)) await raw.cards.set(key, envelope);

		const s = new Storage({ dbPrefix: prefix });
		await s.open();
		for (const [key, expected] of Object.entries(cardsV3)) {
			expect(await raw.cards.get(key)).toEqual({ v: 3, data: expected });
			expect(await s.get('cards', key)).toEqual(expected);
		}
		expect(s.problems).toEqual([]);
	});

	it('version-1 cards in a backup file are migrated on import', async () => {
		const file = {
			app: 'Kartkówka',
			format: 1,
			exportedAt: new Date(T0).toISOString(),
			counts: { cards: 2 },
			records: { cards: cardsV1 }
		};
		const parsed = parseBackup(JSON.stringify(file));
		if (!parsed.ok) throw new Error(parsed.error);
		expect(Object.fromEntries(parsed.records.cards)).toEqual(cardsV3);
	});
});

describe('raw envelopes and clearing', () => {
	it('putRaw migrates a valid old envelope and refuses an invalid one; clear takes a prefix', async () => {
		const s = new Storage({ dbPrefix: freshPrefix() });
		const [key, envelope] = Object.entries(cardsV1)[1]!;
		expect(await s.putRaw('cards', key, envelope)).toBe(true);
		expect(await s.rawEntries('cards')).toEqual([[key, { v: 3, data: cardsV3[key] }]]);
		await expect(s.putRaw('cards', 'x', { v: 3, data: {} })).rejects.toThrow(StorageDataError);
		await s.put('cards', `${OTHER_BANK}/f-1`, card(OTHER_BANK, 'f-1', T0));
		expect(await s.clear('cards', `${BANK}/`)).toBe(true);
		expect((await s.list('cards')).map((c) => c.key)).toEqual([`${OTHER_BANK}/f-1`]);
	});
});

describe('corrupt and foreign records', () => {
	it('are reported and skipped, never deleted, and never throw', async () => {
		const prefix = freshPrefix();
		const raw = await rawBackends(prefix);
		const good = card(BANK, 'f-ok', T0);
		await raw.cards.set(`${BANK}/f-ok`, { v: 3, data: good });
		const junk: [string, unknown][] = [
			[`${BANK}/f-bare`, good],
			[`${BANK}/f-future`, { v: 7, data: good }],
			[`${BANK}/f-nodue`, { v: 3, data: { ...good, due: undefined } }],
			[`${BANK}/f-text`, 'hello']
		];
		for (const [key, value] of junk) await raw.cards.set(key, value);
		await raw.reviews.set('r-bad', {
			v: 1,
			data: { ...review(BANK, 'f', 'r-bad', T0), rating: 5 }
		});

		const s = new Storage({ dbPrefix: prefix });
		expect(await s.list('cards')).toEqual([{ key: `${BANK}/f-ok`, data: good }]);
		expect(await s.get('cards', `${BANK}/f-nodue`)).toBeUndefined();
		const snapshot = await s.snapshot();
		expect([...snapshot.cards.keys()]).toEqual([`${BANK}/f-ok`]);
		expect(snapshot.reviews.size).toBe(0);
		expect([...s.problems].sort((a, b) => a.key.localeCompare(b.key))).toEqual([
			{ kind: 'cards', key: `${BANK}/f-bare`, reason: 'brak wersji schematu' },
			{
				kind: 'cards',
				key: `${BANK}/f-future`,
				reason: 'wersja 7, a aplikacja obsługuje najwyżej 3'
			},
			{ kind: 'cards', key: `${BANK}/f-nodue`, reason: 'brak pola due' },
			{ kind: 'cards', key: `${BANK}/f-text`, reason: 'brak wersji schematu' },
			{ kind: 'reviews', key: 'r-bad', reason: 'pole rating: oczekiwano (1 | 2 | 3 | 4), jest 5' }
		]);
		expect(storageStatus.corrupt).toBe(5);
		// Still there, untouched, after reads, writes of other records and an export.
		await s.put('cards', `${BANK}/f-new`, card(BANK, 'f-new', T0));
		await s.exportBackup(new Date(T0));
		for (const [key, value] of junk) expect(await raw.cards.get(key)).toEqual(value);
		// Overwriting a bad record with valid data clears its report.
		await s.put('cards', `${BANK}/f-nodue`, card(BANK, 'f-nodue', T0));
		expect(s.problems.map((p) => p.key)).not.toContain(`${BANK}/f-nodue`);
	});
});

/** Backends whose writes fail like a full disk. */
function quotaBackends(seed: Partial<Record<Kind, MemoryBackend>> = {}): Record<Kind, Backend> {
	const make = (kind: Kind): Backend => {
		const inner = seed[kind] ?? new MemoryBackend();
		return {
			get: (k) => inner.get(k),
			entries: () => inner.entries(),
			set: async () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			},
			setMany: async () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			},
			remove: (k) => inner.remove(k),
			clear: () => inner.clear()
		};
	};
	return Object.fromEntries(KINDS.map((k) => [k, make(k)])) as Record<Kind, Backend>;
}

describe('failed writes', () => {
	it('a quota error shows a Polish message, keeps the data and exports it', async () => {
		const s = new Storage({ backends: quotaBackends() });
		const c = card(BANK, 'f-1', T0);
		const r = review(BANK, 'f-1', 'r-1', T0);
		const events: unknown[] = [];
		s.subscribe((e) => events.push(e));
		expect(await s.put('cards', `${BANK}/f-1`, c)).toBe(false);
		expect(await s.putAll([{ kind: 'reviews', key: 'r-1', data: r }])).toBe(false);
		expect(events).toEqual([
			{ kind: 'cards', key: `${BANK}/f-1` },
			{ kind: 'reviews', key: 'r-1' }
		]);
		expect(storageStatus.errors).toContain(
			'Nie udało się zapisać postępów (brak miejsca w pamięci urządzenia). Są bezpieczne do końca tej wizyty — wyeksportuj je w Ustawieniach.'
		);
		expect(s.hasUnsaved).toBe(true);
		expect(await s.get('cards', `${BANK}/f-1`)).toEqual(c);
		expect(await s.list('reviews')).toEqual([{ key: 'r-1', data: r }]);

		const parsed = parseBackup(serializeBackup(await s.exportBackup(new Date(T0))));
		if (!parsed.ok) throw new Error(parsed.error);
		expect(Object.fromEntries(parsed.records.cards)).toEqual({ [`${BANK}/f-1`]: c });
		expect(Object.fromEntries(parsed.records.reviews)).toEqual({ 'r-1': r });
	});
});

describe('failed import writes', () => {
	it('replace removes nothing when a write failed; everything stays exportable', async () => {
		const cards = new MemoryBackend();
		const mine = card(BANK, 'f-mine', T0);
		await cards.set(`${BANK}/f-mine`, { v: 3, data: mine });
		const s = new Storage({ backends: quotaBackends({ cards }) });
		const source = new Storage({ memory: true });
		const theirs = card(BANK, 'f-theirs', T0);
		await source.put('cards', `${BANK}/f-theirs`, theirs);
		const result = await s.importFile(
			serializeBackup(await source.exportBackup(new Date(T0))),
			'replace'
		);
		expect(result.ok && result.saved).toBe(false);
		expect(await cards.get(`${BANK}/f-mine`)).toEqual({ v: 3, data: mine });
		expect(Object.fromEntries((await s.snapshot()).cards)).toEqual({
			[`${BANK}/f-mine`]: mine,
			[`${BANK}/f-theirs`]: theirs
		});
	});
});

describe('no storage at all', () => {
	it.each([
		[
			'indexedDB throws on access',
			{
				get() {
					throw new DOMException('blocked', 'SecurityError');
				}
			}
		],
		['indexedDB is undefined', { value: undefined }]
	])('%s: memory store and the banner flag', async (_name, descriptor) => {
		const original = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
		Object.defineProperty(globalThis, 'indexedDB', { configurable: true, ...descriptor });
		try {
			expect(await openIndexedDb(KINDS, freshPrefix())).toBeNull();
			const s = new Storage({ dbPrefix: freshPrefix() });
			expect(await s.put('cards', `${BANK}/f-1`, card(BANK, 'f-1', T0))).toBe(true);
			expect(s.memoryOnly).toBe(true);
			expect(storageStatus.memoryOnly).toBe(true);
			expect(await s.get('cards', `${BANK}/f-1`)).toEqual(card(BANK, 'f-1', T0));
		} finally {
			Object.defineProperty(globalThis, 'indexedDB', original!);
		}
	});
});

describe('many writers', () => {
	it('putIfNewer never replaces a record with an older or equal copy', async () => {
		const s = new Storage({ dbPrefix: freshPrefix() });
		const key = `${BANK}/f-1`;
		expect(await s.putIfNewer('cards', key, card(BANK, 'f-1', T0 + 10))).toBe('written');
		expect(await s.putIfNewer('cards', key, card(BANK, 'f-1', T0 + 5))).toBe('kept-newer');
		expect(await s.putIfNewer('cards', key, card(BANK, 'f-1', T0 + 10, { reps: 99 }))).toBe(
			'kept-newer'
		);
		expect(await s.get('cards', key)).toEqual(card(BANK, 'f-1', T0 + 10));
		expect(await s.putIfNewer('cards', key, card(BANK, 'f-1', T0 + 11))).toBe('written');
		expect(await s.get('cards', key)).toEqual(card(BANK, 'f-1', T0 + 11));
	});

	it('concurrent update calls lose no change', async () => {
		const s = new Storage({ dbPrefix: freshPrefix() });
		const key = `${BANK}/f-1`;
		await s.put('cards', key, card(BANK, 'f-1', T0, { reps: 0 }));
		await Promise.all(
			Array.from({ length: 20 }, (_, i) =>
				s.update('cards', key, (c) => c && { ...c, reps: c.reps + 1, updatedAt: T0 + i + 1 })
			)
		);
		expect((await s.get('cards', key))?.reps).toBe(20);
	});

	it('another Storage (another tab) hears about every stored change', async () => {
		const prefix = freshPrefix();
		const a = new Storage({ dbPrefix: prefix, broadcast: true });
		const b = new Storage({ dbPrefix: prefix, broadcast: true });
		await b.open();
		const heard = new Promise((resolve) => b.subscribe(resolve));
		await a.put('reviews', 'r-1', review(BANK, 'f-1', 'r-1', T0));
		expect(await heard).toEqual({ kind: 'reviews', key: 'r-1' });
		expect(await b.list('reviews')).toHaveLength(1);
		a.close();
		b.close();
	});
});

describe('reset', () => {
	it('one bank: its cards, srs settings and bankId records go; the rest stays', async () => {
		const s = new Storage({ dbPrefix: freshPrefix() });
		await s.putAll([
			{ kind: 'cards', key: `${BANK}/f-1`, data: card(BANK, 'f-1', T0) },
			{ kind: 'cards', key: `${OTHER_BANK}/f-1`, data: card(OTHER_BANK, 'f-1', T0) },
			{ kind: 'reviews', key: 'r-1', data: review(BANK, 'f-1', 'r-1', T0) },
			{ kind: 'reviews', key: 'r-2', data: review(OTHER_BANK, 'f-1', 'r-2', T0) },
			{ kind: 'attempts', key: 'a-1', data: attempt(BANK, 'a-1', T0) },
			{ kind: 'sessions', key: 's-1', data: session(BANK, 's-1', T0) },
			{ kind: 'settings', key: `srs/${BANK}`, data: srsSettings(BANK) },
			{ kind: 'settings', key: `srs/${OTHER_BANK}`, data: srsSettings(OTHER_BANK) },
			{
				kind: 'settings',
				key: 'app',
				data: { type: 'app', offlineReadyShown: true, persistRequested: true }
			}
		]);
		expect(await s.resetBank(BANK)).toEqual({ removed: 5, ok: true });
		const left = await s.snapshot();
		expect(Object.fromEntries(KINDS.map((k) => [k, [...left[k].keys()].sort()]))).toEqual({
			settings: ['app', `srs/${OTHER_BANK}`],
			cards: [`${OTHER_BANK}/f-1`],
			reviews: ['r-2'],
			attempts: [],
			sessions: [],
			classroom: [],
			banks: []
		});
		expect(await s.resetAll()).toEqual({ removed: 3, ok: true });
		expect([...(await s.snapshot()).settings.keys()]).toEqual(['app']);
	});
});

describe('persistent storage', () => {
	it('is requested once, after the first progress record, and remembered', async () => {
		const persist = vi.fn(async () => true);
		vi.stubGlobal('navigator', { storage: { persist, persisted: async () => false } });
		const prefix = freshPrefix();
		const a = new Storage({ dbPrefix: prefix, persist: true });
		await a.put('settings', `srs/${BANK}`, srsSettings(BANK));
		expect(a.persistRequest).toBeNull();
		await a.put('cards', `${BANK}/f-1`, card(BANK, 'f-1', T0));
		await a.put('cards', `${BANK}/f-2`, card(BANK, 'f-2', T0));
		await a.persistRequest;
		expect(persist).toHaveBeenCalledTimes(1);
		expect(await a.get('settings', 'app')).toEqual({
			type: 'app',
			offlineReadyShown: false,
			persistRequested: true
		});
		// A later visit does not ask again.
		const b = new Storage({ dbPrefix: prefix, persist: true });
		await b.put('reviews', 'r-1', review(BANK, 'f-1', 'r-1', T0));
		await b.persistRequest;
		expect(persist).toHaveBeenCalledTimes(1);
	});
});
