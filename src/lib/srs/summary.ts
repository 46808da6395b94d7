/**
 * Day summaries: which log entries fall on a learning day, and what the queue needs from them
 * (new cards and reviews done today). Pure and free of ts-fsrs, so the due counts need no
 * scheduler.
 */
import { dayKey } from './day';
import type { DoneToday } from './queue';
import { CARD_STATE, type DaySummary, type ReviewLogRecord } from './records';

/** A day summary with `entry` in it (idempotent). */
export function summaryWith(
	summary: DaySummary | undefined,
	entry: ReviewLogRecord,
	hour: number
): DaySummary {
	const day = dayKey(entry.review, hour);
	const base: DaySummary =
		summary && summary.hour === hour && summary.day === day
			? summary
			: { type: 'day', bankId: entry.bankId, day, hour, entries: {} };
	return { ...base, entries: { ...base.entries, [entry.id]: entry.state } };
}

/** A day summary without the entry `id`; undefined when nothing changes. */
export function summaryWithout(
	summary: DaySummary | undefined,
	id: string
): DaySummary | undefined {
	if (!summary || !(id in summary.entries)) return undefined;
	const entries = { ...summary.entries };
	delete entries[id];
	return { ...summary, entries };
}

/** Every day summary of a bank's log, by learning day. */
export function summariesOf(
	bankId: string,
	entries: Iterable<ReviewLogRecord>,
	hour: number
): Map<string, DaySummary> {
	const out = new Map<string, DaySummary>();
	for (const e of entries) {
		const day = dayKey(e.review, hour);
		let s = out.get(day);
		if (!s) out.set(day, (s = { type: 'day', bankId, day, hour, entries: {} }));
		s.entries[e.id] = e.state;
	}
	return out;
}

/** What the queue needs from today's summary: new cards and reviews done today. */
export function doneFromSummary(summary: DaySummary | undefined): DoneToday {
	const out: DoneToday = { newDone: 0, reviewsDone: 0, total: 0 };
	if (!summary) return out;
	for (const state of Object.values(summary.entries)) {
		out.total++;
		if (state === CARD_STATE.new) out.newDone++;
		else if (state === CARD_STATE.review) out.reviewsDone++;
	}
	return out;
}
