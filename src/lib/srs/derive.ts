/**
 * Card states and day summaries derived from the review log. Pure: the log entries go in, the
 * state comes out; the same entries always give the same state, whichever tab derives it and
 * in whatever order the entries arrived.
 */
import {
	byReviewOrder,
	type CardStateRecord,
	type ReviewLogRecord,
	type SrsSettings
} from './records';
import { newCardState, rateCard, withFsrs } from './scheduler';

/** The learner's own marks on a card, which derivation keeps. */
export interface CardFlags {
	suspended: boolean;
	leech: boolean;
	buriedUntil?: Date;
}

export interface DeriveInput {
	bankId: string;
	cardId: string;
	/** Every log entry of the card that exists now (any order). */
	entries: readonly ReviewLogRecord[];
	/** The stored state, if any: its flags and `origin` are kept, its `log` tells what it reflects. */
	base: CardStateRecord | undefined;
	settings: SrsSettings;
	/** Flags to put on the card instead of the stored ones (undo). */
	flags?: CardFlags;
	now: Date;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((id, i) => id === b[i]);
}

function hasFlags(f: CardFlags): boolean {
	return f.suspended || f.leech || f.buriedUntil !== undefined;
}

/**
 * The card's state after its log entries, applied in (review time, id) order with ts-fsrs.
 * A stored state that already reflects exactly these entries is returned as it is; one that
 * lacks only the newest entry gets that one applied; anything else is replayed from the start
 * (or from the stored `origin`). Undefined means no record is needed (never rated, no flags).
 */
export function deriveCard(input: DeriveInput): CardStateRecord | undefined {
	const { bankId, cardId, base, settings, now } = input;
	const sorted = [...new Map(input.entries.map((e) => [e.id, e])).values()].sort(byReviewOrder);
	const ids = sorted.map((e) => e.id);
	const flags: CardFlags = input.flags ?? {
		suspended: base?.suspended ?? false,
		leech: base?.leech ?? false,
		...(base?.buriedUntil ? { buriedUntil: base.buriedUntil } : {})
	};
	const withFlags = (r: CardStateRecord): CardStateRecord => {
		const { buriedUntil: _dropped, ...rest } = r;
		void _dropped;
		return {
			...rest,
			suspended: flags.suspended || r.suspended,
			leech: flags.leech || r.leech,
			...(flags.buriedUntil ? { buriedUntil: flags.buriedUntil } : {})
		};
	};
	// Derived states carry the time of their last review (or of the flags' change), so every tab
	// deriving the same entries writes the very same record.
	if (base && sameIds(base.log, ids)) return input.flags ? withFlags(base) : base;
	const last = sorted.at(-1);
	if (base && last && !base.log.includes(last.id) && sameIds(base.log, ids.slice(0, -1))) {
		// The usual case: one new rating after everything already reflected.
		const { card } = rateCard(
			base,
			{ bankId, cardId, logId: last.id },
			last.rating,
			settings,
			last.review
		);
		return withFlags(card);
	}
	const origin = base?.origin;
	const start: CardStateRecord = origin
		? withFsrs({ ...newCardState(bankId, cardId, now), origin, log: [] }, origin, now)
		: newCardState(bankId, cardId, sorted[0]?.review ?? now);
	const after = origin?.last_review?.getTime() ?? -Infinity;
	let record = start;
	let marks = { suspended: false, leech: false };
	for (const e of sorted) {
		if (e.review.getTime() <= after) continue;
		const { card } = rateCard(
			record,
			{ bankId, cardId, logId: e.id },
			e.rating,
			settings,
			e.review
		);
		marks = { suspended: marks.suspended || card.suspended, leech: marks.leech || card.leech };
		record = card;
	}
	if (!origin && sorted.length === 0 && !hasFlags(flags)) return undefined;
	return {
		...withFlags({ ...record, ...marks }),
		log: ids,
		...(origin ? { origin } : {}),
		updatedAt: sorted.length ? record.updatedAt : (base?.updatedAt ?? now.getTime())
	};
}

/** A card state with its FSRS fields kept exactly as stored: what a consistent legacy state becomes. */
export function adoptLog(base: CardStateRecord, entries: readonly ReviewLogRecord[], now: Date) {
	const { origin: _origin, ...rest } = base;
	void _origin;
	return {
		...rest,
		log: [...entries].sort(byReviewOrder).map((e) => e.id),
		updatedAt: now.getTime()
	} satisfies CardStateRecord;
}
