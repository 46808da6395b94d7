/**
 * A large backup imports in chunks: the log is written in batches (one transaction each), the
 * page gets control back between chunks, and the progress rises to 1.
 */
import { describe, expect, it } from 'vitest';
import { emptySnapshot } from '../../src/lib/storage/backup';
import { MemoryBackend } from '../../src/lib/storage/backend';
import { chunks, IMPORT_CHUNK, Storage, yieldToMain } from '../../src/lib/storage';
import { BANK, card, review, T0 } from './storage-fixtures';

/** A memory backend that counts its single and batched writes. */
class CountingBackend extends MemoryBackend {
	sets = 0;
	batches: number[] = [];
	override async set(key: string, value: unknown) {
		this.sets++;
		await super.set(key, value);
	}
	override async setMany(entries: readonly (readonly [string, unknown])[]) {
		this.batches.push(entries.length);
		await super.setMany(entries);
	}
}

describe('chunks', () => {
	it('slices in order, the last slice shorter', () => {
		expect([...chunks([1, 2, 3, 4, 5], 2)]).toEqual([[1, 2], [3, 4], [5]]);
		expect([...chunks([], 3)]).toEqual([]);
	});
});

describe('yieldToMain', () => {
	it('lets a timer queued before it run first', async () => {
		const order: string[] = [];
		setTimeout(() => order.push('timer'), 0);
		await yieldToMain();
		order.push('after');
		expect(order).toEqual(['timer', 'after']);
	});
});

describe('importing a large log', () => {
	const N = IMPORT_CHUNK * 2 + 500;
	function bigSnapshot() {
		const snapshot = emptySnapshot();
		for (let i = 0; i < N; i++) {
			const id = `r-${String(i).padStart(6, '0')}`;
			snapshot.reviews.set(id, review(BANK, `f-${i % 50}`, id, T0 + i * 1000));
		}
		snapshot.cards.set(`${BANK}/f-1`, card(BANK, 'f-1', T0));
		return snapshot;
	}

	for (const mode of ['merge', 'replace'] as const) {
		it(`${mode}: the log goes in batches of ${IMPORT_CHUNK}, progress rises to 1`, async () => {
			const reviews = new CountingBackend();
			const storage = new Storage({ backends: { reviews } });
			const seen: number[] = [];
			const { ok, plan } = await storage.importRecords(bigSnapshot(), mode, (f) => seen.push(f));
			expect(ok).toBe(true);
			expect(plan.perKind.reviews.added).toBe(N);
			expect(reviews.batches).toEqual([IMPORT_CHUNK, IMPORT_CHUNK, 500]);
			expect(reviews.sets).toBe(0);
			expect((await storage.list('reviews')).length).toBe(N);
			expect(await storage.get('cards', `${BANK}/f-1`)).toEqual(card(BANK, 'f-1', T0));
			expect(seen.at(-1)).toBe(1);
			expect(seen.length).toBeGreaterThan(4);
			expect([...seen].sort((a, b) => a - b)).toEqual(seen);
		});
	}

	it('a failed batch is reported and its records stay readable for the visit', async () => {
		class Full extends MemoryBackend {
			override async setMany(): Promise<void> {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
		}
		const storage = new Storage({ backends: { reviews: new Full() } });
		const { ok } = await storage.importRecords(bigSnapshot(), 'merge');
		expect(ok).toBe(false);
		expect(storage.hasUnsaved).toBe(true);
		expect((await storage.list('reviews')).length).toBe(N);
	});
});
