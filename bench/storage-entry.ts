// Bundled by bench/browser.js into an IIFE and injected into a page of the app's origin, so the
// storage figures go through the real src/lib/storage on real IndexedDB.
import { storage, uniqueId } from '$lib/storage';
import { serializeBackup } from '$lib/storage/backup';

const DAY = 86_400_000;

function cardState(bankId: string, cardId: string, now: number, i: number) {
	return {
		bankId,
		cardId,
		due: new Date(now + ((i % 60) - 30) * DAY),
		stability: 1 + (i % 97),
		difficulty: 1 + (i % 9),
		elapsed_days: 1,
		scheduled_days: 3,
		learning_steps: 0,
		reps: 4,
		lapses: i % 3,
		state: (i % 10 === 0 ? 1 : 2) as 1 | 2,
		last_review: new Date(now - DAY),
		suspended: false,
		leech: false,
		updatedAt: now
	};
}

function reviewLog(bankId: string, cardId: string, at: number, i: number) {
	return {
		id: `r-bench-${i}`,
		bankId,
		cardId,
		rating: ((i % 4) + 1) as 1 | 2 | 3 | 4,
		state: 2 as const,
		due: new Date(at),
		stability: 5,
		difficulty: 5,
		elapsed_days: 1,
		last_elapsed_days: 1,
		scheduled_days: 3,
		learning_steps: 0,
		review: new Date(at),
		updatedAt: at
	};
}

/** Writes records straight into the app's IndexedDB layout in one transaction (fast seeding). */
function rawPut(kind: string, entries: [string, unknown][]): Promise<void> {
	return new Promise((resolve, reject) => {
		const open = indexedDB.open(`kartkowka-${kind}`);
		open.onerror = () => reject(open.error);
		open.onsuccess = () => {
			const db = open.result;
			const tx = db.transaction('records', 'readwrite');
			const store = tx.objectStore('records');
			for (const [key, value] of entries) store.put(value, key);
			tx.oncomplete = () => {
				db.close();
				resolve();
			};
			tx.onerror = () => reject(tx.error);
		};
	});
}

/** `YYYY-MM-DD` of the learning day (as the app cuts it, day starting at `hour`). */
function dayKey(at: Date, hour: number): string {
	const d = new Date(at);
	d.setHours(hour, 0, 0, 0);
	if (d.getTime() > at.getTime()) d.setDate(d.getDate() - 1);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Empties one kind's IndexedDB store. */
function rawClear(kind: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const open = indexedDB.open(`kartkowka-${kind}`);
		open.onerror = () => reject(open.error);
		open.onsuccess = () => {
			const db = open.result;
			const tx = db.transaction('records', 'readwrite');
			tx.objectStore('records').clear();
			tx.oncomplete = () => {
				db.close();
				resolve();
			};
			tx.onerror = () => reject(tx.error);
		};
	});
}

const bench = {
	/** The backup file of everything stored now, as Settings would save it. */
	async exportText(): Promise<string> {
		return serializeBackup(await storage.exportBackup(new Date()));
	},
	/** Empties the progress stores (before importing the backup into an empty device). */
	async clearAll(): Promise<void> {
		await Promise.all(['cards', 'reviews', 'days', 'journal', 'settings'].map((k) => rawClear(k)));
	},
	/** Median time to store one rating (card state + review-log entry) through storage. */
	async storeRatings(n: number): Promise<number[]> {
		await storage.open();
		const times: number[] = [];
		for (let i = 0; i < n; i++) {
			const now = Date.now();
			const t0 = performance.now();
			await storage.putAll([
				{
					kind: 'cards',
					key: `bench-store/c-${i}`,
					data: { ...cardState('bench-store', `c-${i}`, now, i), log: [] }
				},
				{
					kind: 'reviews',
					key: uniqueId('r', now),
					data: { ...reviewLog('bench-store', `c-${i}`, now, i), id: uniqueId('r', now) }
				}
			]);
			times.push(performance.now() - t0);
		}
		await storage.clear('cards', 'bench-store/');
		return times;
	},
	/**
	 * Stores `cards` card states and `logs` review-log entries for a bank, in bulk, in the layout
	 * the app keeps: each card lists the entries it was derived from, one summary per learning
	 * day, and the bank's index marker (so opening measures the steady state, not a migration).
	 */
	async seed(bankId: string, cardIds: string[], cards: number, logs: number): Promise<void> {
		await storage.open();
		await Promise.all(['cards', 'reviews', 'days', 'journal'].map((k) => rawClear(k)));
		const now = Date.now();
		const idsOf = new Map<string, string[]>();
		const entries: [string, unknown][] = [];
		const days = new Map<string, Record<string, number>>();
		for (let i = 0; i < logs; i++) {
			const cardId = cardIds[i % cardIds.length] ?? `bench-${i % cards}`;
			const at = now - (i % 365) * DAY - DAY;
			const id = `r-bench-${i}`;
			entries.push([id, { v: 1, data: reviewLog(bankId, cardId, at, i) }]);
			idsOf.set(cardId, [...(idsOf.get(cardId) ?? []), id]);
			const day = dayKey(new Date(at), 4);
			let d = days.get(day);
			if (!d) days.set(day, (d = {}));
			d[id] = 2;
		}
		await rawPut('reviews', entries);
		const states: [string, unknown][] = [];
		for (let i = 0; i < cards; i++) {
			const cardId = cardIds[i] ?? `bench-${i}`;
			states.push([
				`${bankId}/${cardId}`,
				{ v: 3, data: { ...cardState(bankId, cardId, now, i), log: idsOf.get(cardId) ?? [] } }
			]);
		}
		await rawPut('cards', states);
		const summaries: [string, unknown][] = [...days].map(([day, e]) => [
			`${bankId}/${day}`,
			{ v: 1, data: { type: 'day', bankId, day, hour: 4, entries: e } }
		]);
		summaries.push([
			bankId,
			{ v: 1, data: { type: 'index', bankId, version: 1, hour: 4, unlogged: [] } }
		]);
		await rawPut('days', summaries);
	}
};

(window as unknown as { __bench: typeof bench }).__bench = bench;
