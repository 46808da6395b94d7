import { describe, expect, it } from 'vitest';
import {
	buildQueue,
	dayKey,
	dayStart,
	defaultSettings,
	doneToday,
	LEARN_AHEAD_MS,
	nextDayStart,
	newCardState,
	smallest
} from '../../src/lib/srs';
import type { CardStateRecord, ReviewLogRecord, SrsSettings } from '../../src/lib/storage';

const BANK = 'b';
/** Local times: the rollover rules are about the learner's clock. */
const NOON = new Date(2026, 0, 15, 12, 0);
const MIN = 60_000;

function card(
	cardId: string,
	state: 0 | 1 | 2 | 3,
	due: Date,
	extra: Partial<CardStateRecord> = {}
): CardStateRecord {
	return { ...newCardState(BANK, cardId, NOON), state, due, ...extra };
}

function log(cardId: string, state: 0 | 1 | 2 | 3, review: Date): ReviewLogRecord {
	return {
		id: `r-${cardId}-${review.getTime()}`,
		bankId: BANK,
		cardId,
		rating: 3,
		state,
		due: review,
		stability: 1,
		difficulty: 5,
		elapsed_days: 0,
		last_elapsed_days: 0,
		scheduled_days: 0,
		learning_steps: 0,
		review,
		updatedAt: review.getTime()
	};
}

const none = { newDone: 0, reviewsDone: 0, total: 0 };

function queue(
	cardIds: string[],
	states: CardStateRecord[],
	now = NOON,
	settings: Partial<SrsSettings> = {},
	done = none
) {
	return buildQueue({
		cardIds,
		states: new Map(states.map((s) => [s.cardId, s])),
		done,
		settings: { ...defaultSettings(BANK), ...settings },
		now
	});
}

const at = (h: number, m = 0, d = 15) => new Date(2026, 0, d, h, m);

describe('today’s queue', () => {
	const states = [
		card('rev-old', 2, at(9, 0, 13)),
		card('learn-5', 1, new Date(NOON.getTime() - 5 * MIN)),
		card('relearn-1', 3, new Date(NOON.getTime() - 1 * MIN)),
		card('rev-tonight', 2, at(23, 0)),
		card('rev-after-rollover', 2, at(5, 0, 16)),
		card('susp', 1, at(11), { suspended: true }),
		card('buried', 2, at(10), { buriedUntil: at(4, 0, 16) }),
		card('learn-later', 1, new Date(NOON.getTime() + 10 * MIN)),
		card('orphan', 2, at(8))
	];
	const ids = [
		'new-a',
		'rev-old',
		'learn-5',
		'relearn-1',
		'rev-tonight',
		'rev-after-rollover',
		'susp',
		'buried',
		'learn-later',
		'new-b',
		'new-c'
	];

	it('orders due learning first, then reviews due today, then new cards in bank order', () => {
		const q = queue(ids, states);
		expect(q.learning).toEqual(['learn-5', 'relearn-1']);
		expect(q.review).toEqual(['rev-old', 'rev-tonight']);
		expect(q.fresh).toEqual(['new-a', 'new-b', 'new-c']);
		expect(q.learnAhead).toEqual(['learn-later']);
		expect(q.order).toEqual([
			'learn-5',
			'relearn-1',
			'rev-old',
			'rev-tonight',
			'new-a',
			'new-b',
			'new-c'
		]);
		// Learning due later today counts too (as in Anki's deck list); buried/suspended never.
		expect(q.counts).toEqual({ new: 3, learning: 3, review: 2 });
		expect(q.nextDue).toEqual(new Date(NOON.getTime() + 10 * MIN));
	});

	it('applies the daily limits minus what the log says was done today', () => {
		expect(queue(ids, states, NOON, { newPerDay: 2, reviewsPerDay: 1 }).order).toEqual([
			'learn-5',
			'relearn-1',
			'rev-old',
			'new-a',
			'new-b'
		]);
		const done = doneToday(
			[
				log('x', 0, at(4, 0)), // today (the day began at 04:00)
				log('y', 0, at(3, 59)), // yesterday
				log('z', 2, at(11, 0)),
				log('w', 1, at(11, 5))
			],
			NOON,
			4
		);
		expect(done).toEqual({ newDone: 1, reviewsDone: 1, total: 3 });
		const q = queue(ids, states, NOON, { newPerDay: 2, reviewsPerDay: 1 }, done);
		expect(q.fresh).toEqual(['new-a']);
		expect(q.review).toEqual([]);
		expect(q.counts).toEqual({ new: 1, learning: 3, review: 0 });
		// Held-back cards come back when the next day starts.
		expect(q.nextDue).toEqual(new Date(NOON.getTime() + 10 * MIN));
		const late = queue(['rev-old', 'new-a'], states, NOON, { newPerDay: 0, reviewsPerDay: 0 });
		expect(late.order).toEqual([]);
		expect(late.nextDue).toEqual(at(4, 0, 16));
	});

	it('"Więcej nowych fiszek" raises the new limit for today only', () => {
		const extra = { extraNew: { day: dayKey(NOON, 4), count: 1 } };
		expect(queue(ids, [], NOON, { newPerDay: 1, ...extra }).fresh).toEqual(['new-a', 'rev-old']);
		const tomorrow = at(12, 0, 16);
		expect(queue(ids, [], tomorrow, { newPerDay: 1, ...extra }).fresh).toEqual(['new-a']);
	});

	it('rolls the day over at 04:00 local time, or at the configured hour', () => {
		expect(dayStart(at(3, 59), 4)).toEqual(at(4, 0, 14));
		expect(dayStart(at(4, 0), 4)).toEqual(at(4, 0));
		expect(nextDayStart(at(23, 59), 4)).toEqual(at(4, 0, 16));
		expect(dayKey(at(3, 59), 4)).toBe('2026-01-14');
		expect(dayKey(at(4, 0), 4)).toBe('2026-01-15');
		expect(dayKey(at(3, 59), 0)).toBe('2026-01-15');

		const twoAm = at(2, 0);
		const review = [card('r', 2, at(5, 0))];
		// With 04:00 the learner is still on the 14th: a review due at 05:00 is tomorrow's.
		expect(queue(['r'], review, twoAm).review).toEqual([]);
		expect(queue(['r'], review, twoAm).nextDue).toEqual(at(4, 0));
		// With midnight the 15th has begun, and the review is due today.
		expect(queue(['r'], review, twoAm, { dayStartHour: 0 }).review).toEqual(['r']);
		// Reviews done at 03:00 count for the day that started at 04:00 on the 14th.
		const done = doneToday([log('r', 2, at(3, 0))], twoAm, 4);
		expect(done.reviewsDone).toBe(1);
		expect(doneToday([log('r', 2, at(3, 0))], at(4, 1), 4).reviewsDone).toBe(0);
	});

	it('shows learning cards early (learn-ahead) only when nothing else is left', () => {
		const soon = card('soon', 1, new Date(NOON.getTime() + LEARN_AHEAD_MS - MIN));
		const later = card('later', 1, new Date(NOON.getTime() + LEARN_AHEAD_MS + MIN));
		const q = queue(['soon', 'later'], [soon, later]);
		expect(q.order).toEqual(['soon']);
		expect(q.counts).toEqual({ new: 0, learning: 2, review: 0 });
		const q2 = queue(['later'], [later]);
		expect(q2.order).toEqual([]);
		expect(q2.nextDue).toEqual(later.due);
	});

	it('excludes buried cards until the next day and suspended cards always', () => {
		const buried = card('b1', 2, at(10), { buriedUntil: at(4, 0, 16) });
		const suspended = card('s1', 0, NOON, { suspended: true });
		expect(queue(['b1', 's1'], [buried, suspended]).order).toEqual([]);
		expect(queue(['b1', 's1'], [buried, suspended]).nextDue).toEqual(at(4, 0, 16));
		expect(queue(['b1', 's1'], [buried, suspended], at(4, 0, 16)).order).toEqual(['b1']);
	});

	it('builds the queue of 100,000 cards with the daily limits and learning cards in due order', () => {
		const n = 100_000;
		const cardIds = Array.from({ length: n }, (_, i) => `c${i}`);
		const map = new Map<string, CardStateRecord>();
		for (let i = 0; i < n; i++) {
			const state = (i % 4) as 0 | 1 | 2 | 3;
			if (i % 5 === 0) continue;
			map.set(
				`c${i}`,
				card(`c${i}`, state, new Date(NOON.getTime() + ((i * 7919) % 2000) * MIN - 1000 * MIN))
			);
		}
		const q = buildQueue({
			cardIds,
			states: map,
			done: none,
			settings: defaultSettings(BANK),
			now: NOON
		});
		expect(q.fresh).toHaveLength(20);
		expect(q.review).toHaveLength(200);
		for (let i = 1; i < q.learning.length; i++) {
			expect(map.get(q.learning[i - 1]!)!.due <= map.get(q.learning[i]!)!.due).toBe(true);
		}
		// Speed is measured by `npm run bench -- queue`, never asserted here.
	}, 60_000);
});

describe('smallest', () => {
	const numeric = (a: number, b: number) => a - b;
	/** A fixed pseudo-random list (LCG), with repeats. */
	function list(n: number, seed: number): number[] {
		const out: number[] = [];
		for (let i = 0; i < n; i++) {
			seed = (seed * 1664525 + 1013904223) >>> 0;
			out.push(seed % 97);
		}
		return out;
	}

	it('equals sorting and taking the first k, for every k', () => {
		const items = list(300, 7);
		const sorted = [...items].sort(numeric);
		for (const k of [0, 1, 2, 5, 50, 299, 300, 400]) {
			expect(smallest([...items], k, numeric)).toEqual(sorted.slice(0, k));
		}
	});

	it('breaks ties by the comparator, like the queue does by card id', () => {
		const byDue = (a: [number, string], b: [number, string]) =>
			a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
		const items: [number, string][] = [
			[5, 'c'],
			[1, 'z'],
			[5, 'a'],
			[1, 'b'],
			[3, 'q']
		];
		expect(smallest(items, 3, byDue)).toEqual([
			[1, 'b'],
			[1, 'z'],
			[3, 'q']
		]);
	});
});

describe('buildQueue at scale', () => {
	it('takes the earliest reviews within the limit and names the next day a later review falls on', () => {
		const cardIds = Array.from({ length: 500 }, (_, i) => `k${String(i).padStart(3, '0')}`);
		// Reviews due every 10 minutes going back from noon, in reverse bank order; one due in 3 days.
		const states = new Map(
			cardIds.map((id, i) => [id, card(id, 2, new Date(NOON.getTime() - (500 - i) * 10 * MIN))])
		);
		states.set('k499', card('k499', 2, new Date(2026, 0, 18, 9, 0)));
		const settings = { ...defaultSettings(BANK), reviewsPerDay: 3, newPerDay: 0 };
		const q = buildQueue({
			cardIds,
			states,
			done: { newDone: 0, reviewsDone: 0, total: 0 },
			settings,
			now: NOON
		});
		expect(q.review).toEqual(['k000', 'k001', 'k002']);
		expect(q.counts).toEqual({ new: 0, learning: 0, review: 3 });
		// Held back by the limit: tomorrow (04:00) comes before the review on the 18th.
		expect(q.nextDue).toEqual(new Date(2026, 0, 16, 4, 0));
	});
});
