import { afterEach, describe, expect, it } from 'vitest';
import { cardKey, defaultSettings, deriveCard, rateCard, settingsKey } from '../../src/lib/srs';
import { ProgressStore } from '../../src/lib/srs/progress';
import { ReviewSession } from '../../src/lib/srs/ReviewSession.svelte';
import { Storage, storage } from '../../src/lib/storage';

const NOON = new Date(2026, 0, 15, 12, 0);

describe('storage round trip of card states and review logs', () => {
	const first = rateCard(
		undefined,
		{ bankId: 'b', cardId: 'c1', logId: 'r-1' },
		4,
		defaultSettings('b'),
		NOON
	);
	const second = rateCard(
		first.card,
		{ bankId: 'b', cardId: 'c1', logId: 'r-2' },
		1,
		defaultSettings('b'),
		first.card.due
	);

	for (const [name, make] of [
		['memory', () => new Storage({ memory: true })],
		['IndexedDB', () => new Storage()]
	] as const) {
		it(`${name}: every field and every Date survive`, async () => {
			const s = make();
			await s.open();
			expect(s.memoryOnly).toBe(name === 'memory');
			await s.clear('cards');
			await s.clear('reviews');
			const ok = await s.putAll([
				{ kind: 'cards', key: cardKey('b', 'c1'), data: second.card },
				{ kind: 'reviews', key: 'r-1', data: first.log },
				{ kind: 'reviews', key: 'r-2', data: second.log }
			]);
			expect(ok).toBe(true);
			const card = await s.get('cards', 'b/c1');
			expect(card).toEqual(second.card);
			expect(card!.due).toBeInstanceOf(Date);
			expect(card!.last_review).toBeInstanceOf(Date);
			const logs = (await s.list('reviews')).sort((a, b) => (a.key < b.key ? -1 : 1));
			expect(logs).toEqual([
				{ key: 'r-1', data: first.log },
				{ key: 'r-2', data: second.log }
			]);
			expect(logs[1]!.data.review).toBeInstanceOf(Date);
			// A settings record with the per-day extra new cards round-trips too.
			const settings = { ...defaultSettings('b'), extraNew: { day: '2026-01-15', count: 10 } };
			await s.put('settings', settingsKey('b'), settings);
			expect(await s.get('settings', settingsKey('b'))).toEqual(settings);
		});
	}
});

describe('ReviewSession (IndexedDB through the app’s storage)', () => {
	let session: ReviewSession | null = null;
	afterEach(() => session?.destroy());

	const cards = ['a', 'b', 'c'].map((id) => ({
		id,
		front: `F ${id}`,
		back: `B ${id}`,
		kind: 'basic' as const
	}));

	it('stores each rating before moving on; undo restores the card and removes the log entry', async () => {
		await storage.clear('cards');
		await storage.clear('reviews');
		await storage.clear('settings');
		let now = NOON;
		session = new ReviewSession('bank1', cards, () => now);
		await session.load();
		expect(session.counts).toEqual({ new: 3, learning: 0, review: 0 });
		expect(session.current?.id).toBe('a');

		await session.reveal();
		expect(session.previews.map((p) => p.label)).toEqual(['1 min', '6 min', '10 min', '10 dni']);
		const easy = session.previews[3]!;
		await session.rate(4);
		// Stored before the next card shows, due exactly where the button said.
		const storedA = await storage.get('cards', 'bank1/a');
		expect(storedA?.state).toBe(2);
		expect(storedA?.due).toEqual(easy.due);
		expect((await storage.list('reviews')).map((r) => r.data.cardId)).toEqual(['a']);
		expect(session.current?.id).toBe('b');

		now = new Date(NOON.getTime() + 60_000);
		await session.reveal();
		await session.rate(1);
		const storedB = await storage.get('cards', 'bank1/b');
		expect(storedB?.state).toBe(1);
		now = new Date(NOON.getTime() + 120_000);
		await session.reveal();
		await session.rate(3);
		const beforeB = structuredClone(storedB);
		// b is due again (1 min): learning first.
		now = new Date(NOON.getTime() + 180_000);
		await session.reveal();
		expect(session.current?.id).toBe('b');
		await session.rate(3);
		expect((await storage.list('reviews')).length).toBe(4);

		await session.undo();
		expect(await storage.get('cards', 'bank1/b')).toEqual(beforeB);
		expect((await storage.list('reviews')).length).toBe(3);
		expect(session.current?.id).toBe('b');

		// Undo of the first rating of a new card removes its record entirely.
		await session.undo(); // c
		await session.undo(); // b's first rating
		expect(await storage.get('cards', 'bank1/b')).toBeUndefined();
		expect(await storage.get('cards', 'bank1/a')).toEqual(storedA);
		expect((await storage.list('reviews')).map((r) => r.data.cardId)).toEqual(['a']);
		expect(session.counts).toEqual({ new: 2, learning: 0, review: 0 });
	});

	it('bury and suspend leave the queue; the day’s new limit counts the log', async () => {
		await storage.clear('cards');
		await storage.clear('reviews');
		await storage.put('settings', settingsKey('bank2'), {
			...defaultSettings('bank2'),
			newPerDay: 2
		});
		const now = NOON;
		session = new ReviewSession('bank2', cards, () => now);
		await session.load();
		expect(session.counts.new).toBe(2);
		await session.bury();
		expect((await storage.get('cards', 'bank2/a'))?.buriedUntil).toEqual(
			new Date(2026, 0, 16, 4, 0)
		);
		await session.suspend();
		expect((await storage.get('cards', 'bank2/b'))?.suspended).toBe(true);
		expect(session.queue.order).toEqual(['c']);
		await session.reveal();
		await session.rate(4);
		expect(session.current).toBeNull();
		expect(session.counts).toEqual({ new: 0, learning: 0, review: 0 });
		// The buried card returns at the next day's start.
		expect(session.nextDue?.at).toEqual(new Date(2026, 0, 16, 4, 0));
		// Extra practice stores nothing.
		const before = await storage.rawEntries('cards');
		session.startPractice();
		expect(session.current?.id).toBe('c');
		await session.reveal();
		await session.rate(1);
		expect(session.current?.id).toBe('a');
		expect(await storage.rawEntries('cards')).toEqual(before);
		expect((await storage.list('reviews')).length).toBe(1);
		session.endPractice();
		await session.moreNew(10);
		expect(session.queue.order).toEqual([]);
	});

	it('follows changes made elsewhere and never rates an older copy of a card', async () => {
		await storage.clear('cards');
		await storage.clear('reviews');
		const now = NOON;
		session = new ReviewSession('bank3', cards, () => now);
		await session.load();
		expect(session.counts).toEqual({ new: 3, learning: 0, review: 0 });
		// Another tab rates card a (seen here through the storage change event).
		const other = rateCard(
			undefined,
			{ bankId: 'bank3', cardId: 'a', logId: 'r-other' },
			4,
			defaultSettings('bank3'),
			new Date(NOON.getTime() - 60_000)
		);
		await storage.putAll([
			{ kind: 'cards', key: 'bank3/a', data: other.card },
			{ kind: 'reviews', key: 'r-other', data: other.log }
		]);
		await expect.poll(() => session!.counts).toEqual({ new: 2, learning: 0, review: 0 });
		expect(session.current?.id).toBe('b');

		// Another tab rates b behind the session's back (no event reaches this one).
		await session.reveal();
		await session.rate(1); // b: learning, due in 1 min
		const otherTab = new ProgressStore(new Storage());
		const settings = defaultSettings('bank3');
		await otherTab.rate('bank3', 'b', 3, settings, new Date(NOON.getTime() + 30_000));
		const afterOther = (await storage.get('cards', 'bank3/b'))!;
		expect(afterOther.log).toHaveLength(2);
		expect(session.current?.id).toBe('c');
		await session.reveal();
		await session.rate(4);
		expect(session.current?.id).toBe('b'); // learn-ahead: nothing else is left
		await session.reveal();
		await session.rate(3);
		// The stored state is the whole log of b applied in order: all three ratings.
		const logB = (await storage.list('reviews'))
			.map((r) => r.data)
			.filter((l) => l.bankId === 'bank3' && l.cardId === 'b');
		expect(logB).toHaveLength(3);
		const stored = (await storage.get('cards', 'bank3/b'))!;
		expect(stored).toEqual(
			deriveCard({
				bankId: 'bank3',
				cardId: 'b',
				entries: logB,
				base: undefined,
				settings,
				now: NOON
			})
		);
		// Undo takes back this tab's last rating only: the other tab's rating stays.
		await session.undo();
		expect(await storage.get('cards', 'bank3/b')).toEqual(afterOther);
	});
});
