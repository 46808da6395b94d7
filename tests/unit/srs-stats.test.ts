import { describe, expect, it } from 'vitest';
import {
	countByState,
	dayKey,
	dayStart,
	dueForecast,
	heatmap,
	newCardState,
	retentionLastDays,
	trueRetention
} from '../../src/lib/srs';
import type { CardStateRecord, ReviewLogRecord } from '../../src/lib/storage';

const NOW = new Date(2026, 0, 15, 12, 0);
const at = (d: number, h: number, m = 0) => new Date(2026, 0, d, h, m);

function log(cardId: string, state: 0 | 1 | 2 | 3, rating: 1 | 2 | 3 | 4, review: Date) {
	return {
		id: `r-${cardId}-${review.getTime()}`,
		bankId: 'b',
		cardId,
		rating,
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
	} satisfies ReviewLogRecord;
}

function card(
	cardId: string,
	state: 0 | 1 | 2 | 3,
	due: Date,
	extra: Partial<CardStateRecord> = {}
) {
	return { ...newCardState('b', cardId, NOW), state, due, ...extra };
}

describe('statistics', () => {
	const logs = [
		log('x', 2, 1, at(15, 9)), // first review of x today: fail
		log('x', 3, 3, at(15, 9, 10)), // same day again: not counted
		log('y', 2, 3, at(15, 10)), // pass
		log('z', 0, 1, at(15, 11)), // a new card: not a review
		log('y', 2, 4, at(15, 3)), // 03:00 belongs to the 14th (day starts at 04:00): pass
		log('old', 2, 1, at(1, 12, 0)), // outside 7 days
		log('ancient', 2, 3, new Date(2024, 0, 1)) // outside the year
	];

	it('counts reviews per learning day for the past year', () => {
		const h = heatmap(logs, NOW, 4);
		expect(h).toHaveLength(366);
		expect(h.at(-1)).toEqual({ day: '2026-01-15', date: at(15, 4), count: 4 });
		expect(h.at(-2)).toEqual({ day: '2026-01-14', date: at(14, 4), count: 1 });
		expect(h.find((d) => d.day === '2026-01-01')?.count).toBe(1);
		expect(h.reduce((s, d) => s + d.count, 0)).toBe(6);
	});

	it('true retention: first review of each card each day, Znowu = fail, review cards only', () => {
		expect(retentionLastDays(logs, NOW, 4, 1)).toEqual({ total: 2, passed: 1, rate: 0.5 });
		expect(retentionLastDays(logs, NOW, 4, 7)).toEqual({ total: 3, passed: 2, rate: 2 / 3 });
		expect(retentionLastDays(logs, NOW, 4, 30)).toEqual({ total: 4, passed: 2, rate: 0.5 });
		expect(trueRetention([], at(1, 0), NOW, 4)).toEqual({ total: 0, passed: 0, rate: null });
	});

	it('forecasts cards due on each of the next 30 days (overdue today, suspended left out)', () => {
		const states = [
			card('overdue', 2, at(10, 12)),
			card('today', 1, at(15, 18)),
			card('early-tomorrow', 2, at(16, 3)), // before 04:00: still today's learning day
			card('tomorrow', 2, at(16, 5)),
			card('in-29', 2, new Date(2026, 1, 13, 12)),
			card('in-30', 2, new Date(2026, 1, 14, 12)),
			card('suspended', 2, at(15, 13), { suspended: true }),
			card('new', 0, NOW)
		];
		const f = dueForecast(states, NOW, 4);
		expect(f).toHaveLength(30);
		expect(f.map((d) => d.count)).toEqual([3, 1, ...Array(27).fill(0), 1]);
		expect(f[1]).toEqual({ offset: 1, date: at(16, 4), count: 1 });
	});

	it('counts cards by state; buried, suspended and leech overlap', () => {
		const states = new Map(
			[
				card('l', 1, NOW),
				card('r', 2, NOW, { leech: true, suspended: true }),
				card('rl', 3, NOW, { buriedUntil: at(16, 4) }),
				card('old-bury', 2, NOW, { buriedUntil: at(14, 4) }),
				card('orphan', 2, NOW)
			].map((s) => [s.cardId, s])
		);
		expect(countByState(['n1', 'n2', 'l', 'r', 'rl', 'old-bury'], states, NOW)).toEqual({
			new: 2,
			learning: 1,
			review: 2,
			relearning: 1,
			suspended: 1,
			buried: 1,
			leech: 1,
			total: 6
		});
	});
});

describe('statistics of a long log agree with counting day by day', () => {
	it('heatmap and retention over 400 days equal the naive count by day key', () => {
		// Fixed pseudo-random log: 3,000 entries over the 400 days before NOW, some at 00:00–04:00.
		let seed = 11;
		const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
		const logs: ReviewLogRecord[] = [];
		for (let i = 0; i < 3000; i++) {
			const review = new Date(NOW.getTime() - Math.floor(rand() * 400 * 86_400_000));
			const state = rand() < 0.7 ? 2 : 1;
			logs.push(log(`c${i % 40}`, state, rand() < 0.2 ? 1 : 3, review));
		}
		const hour = 4;
		const heat = heatmap(logs, NOW, hour);
		const naive = new Map<string, number>();
		for (const l of logs) {
			const key = dayKey(l.review, hour);
			naive.set(key, (naive.get(key) ?? 0) + 1);
		}
		expect(heat.map((h) => h.count)).toEqual(heat.map((h) => naive.get(h.day) ?? 0));
		expect(heat.reduce((n, h) => n + h.count, 0)).toBeGreaterThan(2500);

		// Retention over a year: the first review of each card on each day, counted by day key.
		const from = dayStart(NOW, hour);
		from.setDate(from.getDate() - 364);
		const first = new Map<string, ReviewLogRecord>();
		for (const l of logs) {
			if (l.review < from) continue;
			const key = `${l.cardId}@${dayKey(l.review, hour)}`;
			const seen = first.get(key);
			if (!seen || l.review < seen.review) first.set(key, l);
		}
		const reviews = [...first.values()].filter((l) => l.state === 2);
		const passed = reviews.filter((l) => l.rating !== 1).length;
		expect(retentionLastDays(logs, NOW, hour, 365)).toEqual({
			total: reviews.length,
			passed,
			rate: passed / reviews.length
		});
	});
});
