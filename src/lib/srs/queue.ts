/**
 * Today's queue, as in Anki: learning and relearning cards that are due, then reviews due
 * today, then new cards, within the daily limits minus what the review log says was already
 * done today. Linear in the number of cards: one pass, then only the reviews within today's
 * limit are ordered (a bounded heap, O(n log limit)), and learning cards (few) are sorted.
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

type Due = [number, string];

/** Earliest due first; equal times by card id, so the order never depends on the input's. */
function byDue(a: Due, b: Due): number {
	return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
}

/**
 * The `k` smallest items in order, as `items.sort(cmp).slice(0, k)` but in O(n log k): a max-heap
 * of the best `k` seen so far. Reorders `items`.
 */
export function smallest<T>(items: T[], k: number, cmp: (a: T, b: T) => number): T[] {
	if (k <= 0) return [];
	if (items.length <= k) return items.sort(cmp);
	const heap: T[] = [];
	const swap = (i: number, j: number) => {
		const x = heap[i]!;
		heap[i] = heap[j]!;
		heap[j] = x;
	};
	const down = (i: number) => {
		for (;;) {
			const l = 2 * i + 1;
			const r = l + 1;
			let top = i;
			if (l < heap.length && cmp(heap[l]!, heap[top]!) > 0) top = l;
			if (r < heap.length && cmp(heap[r]!, heap[top]!) > 0) top = r;
			if (top === i) return;
			swap(i, top);
			i = top;
		}
	};
	for (const item of items) {
		if (heap.length < k) {
			heap.push(item);
			for (let i = heap.length - 1; i > 0;) {
				const parent = (i - 1) >> 1;
				if (cmp(heap[i]!, heap[parent]!) <= 0) break;
				swap(i, parent);
				i = parent;
			}
		} else if (cmp(item, heap[0]!) < 0) {
			heap[0] = item;
			down(0);
		}
	}
	return heap.sort(cmp);
}

/** Builds today's queue. */
export function buildQueue({ cardIds, states, done, settings, now }: QueueInput): Queue {
	const t = now.getTime();
	const tomorrow = nextDayStart(now, settings.dayStartHour).getTime();
	const newLimit = Math.max(0, settings.newPerDay + extraNewToday(settings, now) - done.newDone);
	const reviewLimit = Math.max(0, settings.reviewsPerDay - done.reviewsDone);

	const learning: Due[] = [];
	const ahead: Due[] = [];
	const review: Due[] = [];
	const fresh: string[] = [];
	let learningToday = 0;
	let nextDue = Infinity;
	// The earliest review due after today; its learning day is worked out once, at the end.
	let nextReview = Infinity;
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
		} else if (due < nextReview) {
			nextReview = due;
		}
	}
	// A review is available from the start of the learning day it falls on (the start of the
	// day is monotonic in the time, so the earliest review gives the earliest day).
	if (nextReview !== Infinity) {
		nextDue = Math.min(nextDue, dayStart(new Date(nextReview), settings.dayStartHour).getTime());
	}
	learning.sort(byDue);
	ahead.sort(byDue);
	const reviewIds = smallest(review, reviewLimit, byDue).map((r) => r[1]);
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
