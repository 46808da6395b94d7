/** Learning statistics from card states and the review log. Pure; every function takes `now`. */
import { CARD_STATE, RATING, type CardStateRecord, type ReviewLogRecord } from './records';
import { dayKey, dayStart, daysBetween, nextDayStart } from './day';

/** One day of the heatmap. */
/**
 * The index of the learning day a moment falls on, given the days' start times (ascending) and
 * the end of the last one; -1 outside. A binary search over numbers: no Date per log entry,
 * which is what made statistics of a 100k log slow.
 */
function dayFinder(starts: readonly number[], end: number): (t: number) => number {
	return (t) => {
		if (starts.length === 0 || t < starts[0]! || t >= end) return -1;
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid]! <= t) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	};
}

export interface HeatDay {
	/** `YYYY-MM-DD` of the learning day. */
	day: string;
	/** Local start of the day. */
	date: Date;
	count: number;
}

/** Reviews per learning day over the past year (366 days, the oldest first, today last). */
export function heatmap(
	logs: Iterable<ReviewLogRecord>,
	now: Date,
	dayStartHour: number,
	days = 366
): HeatDay[] {
	const out: HeatDay[] = [];
	const today = dayStart(now, dayStartHour);
	for (let i = days - 1; i >= 0; i--) {
		const d = new Date(today);
		d.setDate(d.getDate() - i);
		out.push({ day: dayKey(d, dayStartHour), date: d, count: 0 });
	}
	const dayOf = dayFinder(
		out.map((h) => h.date.getTime()),
		nextDayStart(now, dayStartHour).getTime()
	);
	for (const log of logs) {
		const i = dayOf(log.review.getTime());
		if (i >= 0) out[i]!.count++;
	}
	return out;
}

/** One day of the due forecast. */
export interface ForecastDay {
	/** 0 = today (including overdue cards). */
	offset: number;
	date: Date;
	count: number;
}

/** Cards falling due on each of the next `days` learning days (suspended cards excluded). */
export function dueForecast(
	states: Iterable<CardStateRecord>,
	now: Date,
	dayStartHour: number,
	days = 30
): ForecastDay[] {
	const start = dayStart(now, dayStartHour);
	const out: ForecastDay[] = Array.from({ length: days }, (_, offset) => {
		const d = new Date(start);
		d.setDate(d.getDate() + offset);
		return { offset, date: d, count: 0 };
	});
	for (const s of states) {
		if (s.suspended || s.state === CARD_STATE.new) continue;
		const offset = Math.max(0, daysBetween(now, s.due, dayStartHour));
		if (offset < days) out[offset]!.count++;
	}
	return out;
}

export interface Retention {
	/** Reviews counted: the first review of each card on each day, of cards in review. */
	total: number;
	passed: number;
	/** passed / total, or null with nothing to count. */
	rate: number | null;
}

/**
 * True retention, as in Anki: of the first review of each review-state card on each day,
 * the share not answered Znowu. Only log entries with `from <= review < to` count.
 */
export function trueRetention(
	logs: Iterable<ReviewLogRecord>,
	from: Date,
	to: Date,
	dayStartHour: number
): Retention {
	const first = new Map<string, ReviewLogRecord>();
	const starts: number[] = [];
	for (
		let d = dayStart(from, dayStartHour);
		d.getTime() < to.getTime();
		d.setDate(d.getDate() + 1)
	) {
		starts.push(d.getTime());
	}
	const dayOf = dayFinder(starts, to.getTime());
	const lo = from.getTime();
	const hi = to.getTime();
	for (const log of logs) {
		const t = log.review.getTime();
		if (t < lo || t >= hi) continue;
		const key = `${log.bankId}/${log.cardId}@${dayOf(t)}`;
		const seen = first.get(key);
		if (!seen || log.review.getTime() < seen.review.getTime()) first.set(key, log);
	}
	let total = 0;
	let passed = 0;
	for (const log of first.values()) {
		if (log.state !== CARD_STATE.review) continue;
		total++;
		if (log.rating !== RATING.again) passed++;
	}
	return { total, passed, rate: total === 0 ? null : passed / total };
}

/** Retention over the last `days` learning days including today. */
export function retentionLastDays(
	logs: Iterable<ReviewLogRecord>,
	now: Date,
	dayStartHour: number,
	days: number
): Retention {
	const from = dayStart(now, dayStartHour);
	from.setDate(from.getDate() - (days - 1));
	return trueRetention(logs, from, nextDayStart(now, dayStartHour), dayStartHour);
}

/** Card counts by state; `suspended`, `buried` and `leech` overlap the four states. */
export interface StateCounts {
	new: number;
	learning: number;
	review: number;
	relearning: number;
	suspended: number;
	buried: number;
	leech: number;
	total: number;
}

/** Counts the bank's cards by state (a card without a stored state is new). */
export function countByState(
	cardIds: readonly string[],
	states: ReadonlyMap<string, CardStateRecord>,
	now: Date
): StateCounts {
	const c: StateCounts = {
		new: 0,
		learning: 0,
		review: 0,
		relearning: 0,
		suspended: 0,
		buried: 0,
		leech: 0,
		total: 0
	};
	for (const id of cardIds) {
		const s = states.get(id);
		c.total++;
		const state = s?.state ?? CARD_STATE.new;
		if (state === CARD_STATE.new) c.new++;
		else if (state === CARD_STATE.learning) c.learning++;
		else if (state === CARD_STATE.review) c.review++;
		else c.relearning++;
		if (s?.suspended) c.suspended++;
		if (s?.leech) c.leech++;
		if (s?.buriedUntil && s.buriedUntil.getTime() > now.getTime()) c.buried++;
	}
	return c;
}
