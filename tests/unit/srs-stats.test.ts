import { describe, expect, it } from 'vitest';
import {
	countByState,
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
