/**
 * The review log as the source of truth: whatever the interleaving of ratings, undos, tabs,
 * imports and crashes, card states, day summaries and statistics agree with the log.
 */
import { describe, expect, it } from 'vitest';
import {
	byReviewOrder,
	dayKey,
	dayRecordKey,
	defaultSettings,
	deriveCard,
	doneFromSummary,
	doneToday,
	heatmap,
	summariesOf,
	type ReviewLogRecord
} from '../../src/lib/srs';
import { ProgressStore } from '../../src/lib/srs/progress';
import { ReviewSession } from '../../src/lib/srs/ReviewSession.svelte';
import { MemoryBackend, type Backend } from '../../src/lib/storage/backend';
import { serializeBackup } from '../../src/lib/storage/backup';
import { STORED_KINDS, Storage, type StoredKind } from '../../src/lib/storage';
import { BANK, cardsV1, DAY, review, T0 } from './storage-fixtures';

const NOON = new Date(2026, 0, 15, 12, 0);
const settings = defaultSettings('b');
const cards = ['a', 'b', 'c'].map((id) => ({
	id,
	front: `F ${id}`,
	back: `B ${id}`,
	kind: 'basic' as const
}));

/** Memory backends that stop (as if the browser were killed) after `limit` writes. */
function crashingBackends(limit: number, shared: Record<StoredKind, MemoryBackend>) {
	let writes = 0;
	const crash = () => {
		if (writes++ >= limit) throw new Error('crashed');
	};
	return Object.fromEntries(
		STORED_KINDS.map((k): [StoredKind, Backend] => {
			const inner = shared[k];
			return [
				k,
				{
					get: (key) => inner.get(key),
					entries: () => inner.entries(),
					set: async (key, value) => {
						crash();
						await inner.set(key, value);
					},
					// One transaction: a crash leaves all of it or none.
					setMany: async (entries) => {
						crash();
						await inner.setMany(entries);
					},
					remove: async (key) => {
						crash();
						await inner.remove(key);
					},
					clear: () => inner.clear()
				}
			];
		})
	) as Record<StoredKind, Backend>;
}

function memoryStores() {
	return Object.fromEntries(STORED_KINDS.map((k) => [k, new MemoryBackend()])) as Record<
		StoredKind,
		MemoryBackend
	>;
}

/** The store as the log says it must be: states, today's summary, heatmap. */
async function expectConsistent(store: ProgressStore, bankId: string, now: Date) {
	const { states, logs, settings: s } = await store.loadAll(bankId);
	const byCard = new Map<string, ReviewLogRecord[]>();
	for (const l of logs) byCard.set(l.cardId, [...(byCard.get(l.cardId) ?? []), l]);
	for (const cardId of new Set([...states.keys(), ...byCard.keys()])) {
		const entries = byCard.get(cardId) ?? [];
		const state = states.get(cardId);
		expect(state?.log ?? []).toEqual([...entries].sort(byReviewOrder).map((e) => e.id));
		const derived = deriveCard({
			bankId,
			cardId,
			entries,
			base: undefined,
			settings: s,
			flags: { suspended: state?.suspended ?? false, leech: state?.leech ?? false },
			now
		});
		const { buriedUntil: _b, ...plain } = state ?? ({} as Record<string, unknown>);
		void _b;
		if (derived) expect(plain).toEqual(derived);
		else expect(state?.reps ?? 0).toBe(0);
	}
	const today = await store.today(bankId, s, now);
	expect(doneFromSummary(today)).toEqual(doneToday(logs, now, s.dayStartHour));
	const wanted = summariesOf(bankId, logs, s.dayStartHour).get(dayKey(now, s.dayStartHour));
	expect(today?.entries ?? {}).toEqual(wanted?.entries ?? {});
	expect(heatmap(logs, now, s.dayStartHour).reduce((n, d) => n + d.count, 0)).toBe(logs.length);
}

describe('a crash after any write leaves the whole rating or none', () => {
	it('every prefix of rate, rate, undo, rate: consistent after re-open', async () => {
		// How many writes the whole sequence makes.
		const counting = memoryStores();
		let total = 0;
		const countBackends = Object.fromEntries(
			STORED_KINDS.map((k) => {
				const inner = counting[k];
				return [
					k,
					{
						get: (key: string) => inner.get(key),
						entries: () => inner.entries(),
						set: async (key: string, value: unknown) => {
							total++;
							await inner.set(key, value);
						},
						setMany: async (entries: readonly (readonly [string, unknown])[]) => {
							total++;
							await inner.setMany(entries);
						},
						remove: async (key: string) => {
							total++;
							await inner.remove(key);
						},
						clear: () => inner.clear()
					}
				];
			})
		) as Record<StoredKind, Backend>;
		const script = async (store: ProgressStore) => {
			const first = await store.rate('b', 'a', 3, settings, NOON);
			const t2 = new Date(NOON.getTime() + 60_000);
			await store.rate('b', 'a', 1, settings, t2);
			const second = await store.rate('b', 'b', 4, settings, t2);
			await store.undoRating(second.log, { suspended: false, leech: false }, settings);
			await store.rate('b', 'a', 3, settings, new Date(NOON.getTime() + 11 * 60_000));
			return first;
		};
		await script(new ProgressStore(new Storage({ backends: countBackends })));
		expect(total).toBeGreaterThan(15);

		for (let limit = 0; limit <= total; limit++) {
			const shared = memoryStores();
			const dying = new ProgressStore(new Storage({ backends: crashingBackends(limit, shared) }));
			await script(dying).catch(() => undefined);
			// The browser comes back: a new store on the same records, opened later.
			const reopened = new ProgressStore(new Storage({ backends: shared }));
			const later = new Date(NOON.getTime() + 20 * 60_000);
			await reopened.open('b');
			await expectConsistent(reopened, 'b', later);
		}
	});
});

describe('two tabs rating the same card at the same moment', () => {
	it('converge on one card state that reflects both ratings', async () => {
		const storage = new Storage({ memory: true });
		const tabA = new ReviewSession('b', cards, () => NOON, new ProgressStore(storage));
		const tabB = new ReviewSession(
			'b',
			cards,
			() => new Date(NOON.getTime() + 1),
			new ProgressStore(storage)
		);
		await Promise.all([tabA.load(), tabB.load()]);
		expect([tabA.current?.id, tabB.current?.id]).toEqual(['a', 'a']);
		await Promise.all([tabA.reveal(), tabB.reveal()]);
		await Promise.all([tabA.rate(3), tabB.rate(4)]);
		await Promise.all([tabA.settled(), tabB.settled()]);
		const store = new ProgressStore(storage);
		const stored = await storage.get('cards', 'b/a');
		expect(stored?.reps).toBe(2);
		expect(stored?.log).toHaveLength(2);
		await expectConsistent(store, 'b', NOON);
		// A fresh tab sees the same counts as both.
		const fresh = new ReviewSession('b', cards, () => NOON, store);
		await fresh.load();
		// Good then Easy: the card is in review, due in days; both tabs show what a fresh one shows.
		expect(stored?.state).toBe(2);
		expect(fresh.counts).toEqual({ new: 2, learning: 0, review: 0 });
		await expect.poll(() => tabA.counts).toEqual(fresh.counts);
		await expect.poll(() => tabB.counts).toEqual(fresh.counts);
		await expect.poll(() => tabA.currentState).toEqual(undefined);
		tabA.destroy();
		tabB.destroy();
		fresh.destroy();
	});

	it('concurrent rate and undo in one session run in order; the stored result is whole', async () => {
		const storage = new Storage({ memory: true });
		const store = new ProgressStore(storage);
		let now = NOON;
		const session = new ReviewSession('b', cards, () => now, store);
		await session.load();
		await session.reveal();
		// A key press during the save of the previous one takes effect after it.
		const steps = [session.rate(3), session.reveal(), session.rate(4), session.undo()];
		now = new Date(NOON.getTime() + 1000);
		await Promise.all(steps);
		const logs = (await storage.list('reviews')).map((r) => r.data);
		expect(logs.map((l) => [l.cardId, l.rating])).toEqual([['a', 3]]);
		expect(session.current?.id).toBe('b');
		await expectConsistent(store, 'b', now);
		session.destroy();
	});
});

describe('import is a set union of the log', () => {
	it('the same review under a second key is added once; importing twice changes nothing', async () => {
		const source = new Storage({ memory: true });
		const store = new ProgressStore(source);
		await store.rate('b', 'a', 3, settings, NOON);
		await store.rate('b', 'b', 1, settings, NOON);
		const file = JSON.parse(serializeBackup(await source.exportBackup(NOON)));
		// The same rating again under another id and key.
		const [key, envelope] = Object.entries(file.records.reviews)[0] as [
			string,
			{ v: number; data: ReviewLogRecord }
		];
		file.records.reviews[`${key}-copy`] = {
			...envelope,
			data: { ...envelope.data, id: `${key}-copy` }
		};
		file.counts.reviews++;
		const text = JSON.stringify(file);

		const target = new Storage({ memory: true });
		const targetStore = new ProgressStore(target);
		await targetStore.rate('b', 'c', 4, settings, new Date(NOON.getTime() - 3_600_000));
		const first = await target.importFile(text, 'merge');
		expect(first.ok).toBe(true);
		await targetStore.open('b');
		expect((await target.list('reviews')).length).toBe(3);
		await expectConsistent(targetStore, 'b', NOON);
		const snapshot = await target.snapshot();
		const again = await target.importFile(text, 'merge');
		expect(again.ok && again.plan.changes).toBe(0);
		await targetStore.open('b');
		expect(await target.snapshot()).toEqual(snapshot);
	});
});

describe('migration of a version-1 store', () => {
	it('repairs card states whose log entries are missing, never crashes, reports them', async () => {
		const shared = memoryStores();
		for (const [key, envelope] of Object.entries(cardsV1)) await shared.cards.set(key, envelope);
		// f-granica (reps 1) has its entry; f-tokajew (reps 14) has none.
		const r = review(
			BANK,
			'f-granica',
			'r-old',
			cardsV1[`${BANK}/f-granica`]!.data.updatedAt as number
		);
		await shared.reviews.set('r-old', { v: 1, data: r });
		const storage = new Storage({ backends: shared });
		const store = new ProgressStore(storage);
		const later = new Date(T0 + DAY);
		const { states } = await store.load(BANK, later);
		const granica = states.get('f-granica')!;
		expect(granica.log).toEqual(['r-old']);
		expect(granica.origin).toBeUndefined();
		expect(granica.reps).toBe(1);
		const tokajew = states.get('f-tokajew')!;
		expect(tokajew.reps).toBe(14);
		expect(tokajew.origin?.reps).toBe(14);
		expect(tokajew.suspended).toBe(true);
		expect(await storage.get('days', BANK)).toEqual({
			type: 'index',
			bankId: BANK,
			version: 1,
			hour: 4,
			unlogged: ['f-tokajew']
		});
		const summaryKey = dayRecordKey(BANK, dayKey(r.review, 4));
		expect((await storage.get('days', summaryKey))?.type).toBe('day');
		// A new rating of the repaired card is applied on top of its kept state.
		const rated = await store.rate(BANK, 'f-tokajew', 3, defaultSettings(BANK), later);
		expect(rated.card.reps).toBe(15);
		expect(rated.card.log).toEqual([rated.log.id]);
	});
});
