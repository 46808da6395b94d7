/**
 * Today's queue, as in Anki: learning and relearning cards that are due, then reviews due
 * today, then new cards, within the daily limits minus what the review log says was already
 * done today. O(n log n) in the number of cards.
 */
import {
	CARD_STATE,
	type CardStateRecord,
	type ReviewLogRecord,
	type SrsSettings
} from './records';
import { dayKey, dayStart, nextDayStart } from './day';

/** Anki's "learn ahead limit": learning cards due this soon are shown when nothing else is left. */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** What was done today, counted from the review log. */
export interface DoneToday {
	/** New cards seen for the first time today. */
	newDone: number;
	/** Reviews of cards in the review state today. */
	reviewsDone: number;
	/** All ratings today. */
	total: number;
}

/** Counts today's ratings of a bank's log entries (O(m)). */
export function doneToday(
	logs: Iterable<ReviewLogRecord>,
	now: Date,
	dayStartHour: number
): DoneToday {
	const from = dayStart(now, dayStartHour).getTime();
	const to = nextDayStart(now, dayStartHour).getTime();
	const out: DoneToday = { newDone: 0, reviewsDone: 0, total: 0 };
	for (const log of logs) {
		const t = log.review.getTime();
		if (t < from || t >= to) continue;
		out.total++;
		if (log.state === CARD_STATE.new) out.newDone++;
		else if (log.state === CARD_STATE.review) out.reviewsDone++;
	}
	return out;
}

/** Extra new cards granted for today by "Więcej nowych fiszek". */
export function extraNewToday(settings: SrsSettings, now: Date): number {
	const extra = settings.extraNew;
	return extra && extra.day === dayKey(now, settings.dayStartHour) ? extra.count : 0;
}

export interface QueueInput {
	/** The bank's card ids in bank order (new cards are introduced in this order). */
	cardIds: readonly string[];
	/** Stored states by card id; a card without one is new. Others are ignored. */
	states: ReadonlyMap<string, CardStateRecord>;
	done: DoneToday;
	settings: SrsSettings;
	now: Date;
}

export interface Queue {
	/** Learning/relearning cards due now, earliest first. */
	learning: string[];
	/** Review cards due today, earliest first, within the review limit. */
	review: string[];
	/** New cards within the new limit, in bank order. */
	fresh: string[];
	/** Learning cards due within the learn-ahead limit (shown only when nothing else is left). */
	learnAhead: string[];
	/** The order to show now. */
	order: string[];
	/** Due counts: "Nowe / W nauce / Do powtórki". */
	counts: { new: number; learning: number; review: number };
	/** When the next card not in `order` becomes available, or null if none ever will. */
	nextDue: Date | null;
}

/** Builds today's queue. */
export function buildQueue({ cardIds, states, done, settings, now }: QueueInput): Queue {
	const t = now.getTime();
	const tomorrow = nextDayStart(now, settings.dayStartHour).getTime();
	const newLimit = Math.max(0, settings.newPerDay + extraNewToday(settings, now) - done.newDone);
	const reviewLimit = Math.max(0, settings.reviewsPerDay - done.reviewsDone);

	const learning: [number, string][] = [];
	const ahead: [number, string][] = [];
	const review: [number, string][] = [];
	const fresh: string[] = [];
	let learningToday = 0;
	let nextDue = Infinity;
	let freshAvailable = 0;
	let reviewAvailable = 0;

	for (const id of cardIds) {
		const s = states.get(id);
		if (s && s.suspended) continue;
		if (s?.buriedUntil && s.buriedUntil.getTime() > t) {
			nextDue = Math.min(nextDue, s.buriedUntil.getTime());
			continue;
		}
		if (!s || s.state === CARD_STATE.new) {
			freshAvailable++;
			if (fresh.length < newLimit) fresh.push(id);
			continue;
		}
		const due = s.due.getTime();
		if (s.state === CARD_STATE.learning || s.state === CARD_STATE.relearning) {
			if (due < tomorrow) learningToday++;
			if (due <= t) learning.push([due, id]);
			else if (due <= t + LEARN_AHEAD_MS) ahead.push([due, id]);
			else nextDue = Math.min(nextDue, due);
		} else if (due < tomorrow) {
			reviewAvailable++;
			review.push([due, id]);
		} else {
			// A review is available from the start of the learning day it falls on.
			nextDue = Math.min(nextDue, dayStart(s.due, settings.dayStartHour).getTime());
		}
	}
	const byDue = (a: [number, string], b: [number, string]) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1);
	learning.sort(byDue);
	ahead.sort(byDue);
	review.sort(byDue);
	const reviewIds = review.slice(0, reviewLimit).map((r) => r[1]);
	// Cards held back by today's limits come back tomorrow.
	if (freshAvailable > fresh.length || reviewAvailable > reviewIds.length) {
		nextDue = Math.min(nextDue, tomorrow);
	}
	const learningIds = learning.map((r) => r[1]);
	const aheadIds = ahead.map((r) => r[1]);
	let order = [...learningIds, ...reviewIds, ...fresh];
	if (order.length === 0) order = aheadIds;
	else if (aheadIds.length > 0) nextDue = Math.min(nextDue, ahead[0]![0]);
	return {
		learning: learningIds,
		review: reviewIds,
		fresh,
		learnAhead: aheadIds,
		order,
		counts: { new: fresh.length, learning: learningToday, review: reviewIds.length },
		nextDue: nextDue === Infinity ? null : new Date(nextDue)
	};
}
