/**
 * The IndexedDB backend opens the databases localforage 1.10 wrote (earlier versions of the
 * app stored every kind through it), reads them as they are, and writes batches in one
 * transaction.
 */
import localforage from 'localforage';
import { describe, expect, it } from 'vitest';
import { openIndexedDb } from '../../src/lib/storage/backend';
import { STORED_KINDS } from '../../src/lib/storage/kinds';

let n = 0;
const freshPrefix = () => `idb-test-${++n}-${Date.now()}`;

describe('IndexedDB backend', () => {
	it('reads what localforage stored, and localforage reads what it writes', async () => {
		const prefix = freshPrefix();
		const old = localforage.createInstance({
			name: `${prefix}-cards`,
			storeName: 'records',
			driver: localforage.INDEXEDDB
		});
		const record = { v: 1, data: { cardId: 'c1', due: new Date('2026-11-24T12:00:00Z') } };
		await old.setItem('b/c1', record);
		await old.setItem('b/c2', { v: 1, data: { cardId: 'c2' } });

		const backends = await openIndexedDb(STORED_KINDS, prefix);
		expect(backends).not.toBeNull();
		expect(await backends!.cards.get('b/c1')).toEqual(record);
		expect(await backends!.cards.get('missing')).toBeUndefined();
		expect((await backends!.cards.entries()).sort()).toEqual([
			['b/c1', record],
			['b/c2', { v: 1, data: { cardId: 'c2' } }]
		]);

		await backends!.cards.set('b/c3', { v: 1, data: { cardId: 'c3' } });
		expect(await old.getItem('b/c3')).toEqual({ v: 1, data: { cardId: 'c3' } });
		await backends!.cards.remove('b/c1');
		expect(await old.getItem('b/c1')).toBeNull();
	});

	it('writes a batch in one go and clears a kind', async () => {
		const backends = (await openIndexedDb(STORED_KINDS, freshPrefix()))!;
		const batch = Array.from({ length: 500 }, (_, i) => [`r${i}`, { v: 1, data: { i } }] as const);
		await backends.reviews.setMany(batch);
		const entries = await backends.reviews.entries();
		expect(entries.length).toBe(500);
		expect(new Map(entries).get('r499')).toEqual({ v: 1, data: { i: 499 } });
		await backends.reviews.clear();
		expect(await backends.reviews.entries()).toEqual([]);
	});
});

describe('IndexedDB backend, long kinds', () => {
	it('reads more records than one slice holds, each once, in key order', async () => {
		const backends = (await openIndexedDb(STORED_KINDS, freshPrefix()))!;
		const n = 12_345;
		const batch = Array.from(
			{ length: n },
			(_, i) => [`r${String(i).padStart(5, '0')}`, { v: 1, data: { i } }] as const
		);
		await backends.reviews.setMany(batch);
		const entries = await backends.reviews.entries();
		expect(entries.map(([k]) => k)).toEqual(batch.map(([k]) => k));
		expect(entries[n - 1]).toEqual([`r${n - 1}`, { v: 1, data: { i: n - 1 } }]);
	});
});
