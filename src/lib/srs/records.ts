/**
 * The records flashcard progress is kept in, owned here and stored by `$lib/storage`:
 *
 * - `reviews` (key = the entry's id): the review log, the source of truth. One rating is one
 *   log entry with a globally unique id.
 * - `cards` (key `<bank>/<card>`): each card's state, a cache derived from its log entries with
 *   ts-fsrs, plus the learner's own flags (suspended, buried, leech), which derivation keeps.
 * - `days` (key `<bank>/<YYYY-MM-DD>`, and `<bank>` for the index marker): today's new cards
 *   and reviews per bank, derived from the log, so opening a bank never reads the whole log.
 * - `journal` (any key): work in flight — cards whose state must be re-derived because their
 *   log changed. Written before the log changes and removed after; whatever a crash leaves is
 *   finished on the next open.
 * - `settings` key `srs/<bank>`: per-bank settings.
 *
 * Pure: schemas, named constants and key helpers only.
 */
import * as v from 'valibot';
import { Count, DateField, Finite, Id } from '$lib/record-fields';

/** FSRS learning states, as in ts-fsrs. */
export const CARD_STATE = { new: 0, learning: 1, review: 2, relearning: 3 } as const;
export type CardStateValue = (typeof CARD_STATE)[keyof typeof CARD_STATE];

/** The four answers, as in ts-fsrs and Anki (keys 1–4). */
export const RATING = { again: 1, hard: 2, good: 3, easy: 4 } as const;
export type RatingValue = (typeof RATING)[keyof typeof RATING];
/** The ratings in button order. */
export const RATINGS: readonly RatingValue[] = [
	RATING.again,
	RATING.hard,
	RATING.good,
	RATING.easy
];

const FsrsState = v.picklist(Object.values(CARD_STATE));
const Rating = v.picklist(RATINGS);

/** The FSRS memory state of a card (ts-fsrs `Card`). */
const fsrsFields = {
	/** When the card is next due. */
	due: DateField,
	/** Days for recall probability to fall to 90%. */
	stability: Finite,
	/** 1–10, how hard the card is to remember. */
	difficulty: Finite,
	/** Days between the last two reviews. */
	elapsed_days: Count,
	/** Days from the last review to `due`. */
	scheduled_days: Count,
	/** Learning step the card is on. */
	learning_steps: Count,
	reps: Count,
	lapses: Count,
	state: FsrsState,
	last_review: v.optional(DateField)
};

/** A card's FSRS state kept from before the log was complete (see `origin`). */
export const FsrsSnapshotSchema = v.object(fsrsFields);

export const CardStateSchema = v.object({
	bankId: Id,
	cardId: Id,
	...fsrsFields,
	/** Set by "Zawieś"; the card leaves every queue until unsuspended. */
	suspended: v.optional(v.boolean(), false),
	/** Set by "Odłóż do jutra": hidden until this moment. */
	buriedUntil: v.optional(DateField),
	/** Reached 8 lapses. */
	leech: v.optional(v.boolean(), false),
	/**
	 * Ids of the log entries this state was derived from, ordered by (review time, id). A log
	 * entry of the card that is not listed here has not been applied yet.
	 */
	log: v.optional(v.array(v.string()), []),
	/**
	 * A state stored by an older version whose log entries are (partly) missing: derivation
	 * starts from it and applies only entries reviewed after its `last_review`.
	 */
	origin: v.optional(FsrsSnapshotSchema),
	/** Milliseconds since epoch of the last change; the newer record wins on import. */
	updatedAt: Count
});

export const ReviewLogSchema = v.object({
	/** Unique id (also the record's key), so two tabs appending at once never collide. */
	id: Id,
	bankId: Id,
	cardId: Id,
	rating: Rating,
	/** State of the card before this review, as scheduled when it was given. */
	state: FsrsState,
	due: DateField,
	stability: Finite,
	difficulty: Finite,
	elapsed_days: Count,
	last_elapsed_days: Count,
	scheduled_days: Count,
	learning_steps: Count,
	/** When the review happened. */
	review: DateField,
	updatedAt: Count
});

export const SrsSettingsSchema = v.object({
	type: v.literal('srs'),
	bankId: Id,
	/** Target probability of recalling a card when it is due, 0.70–0.97. */
	desiredRetention: v.pipe(v.number(), v.minValue(0.7), v.maxValue(0.97)),
	/** New cards introduced per day. */
	newPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9999)),
	/** Reviews shown per day. */
	reviewsPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99999)),
	/** Learning steps like "1m", "10m", "1h", "1d". */
	learningSteps: v.array(v.pipe(v.string(), v.regex(/^\d+[mhd]$/))),
	relearningSteps: v.array(v.pipe(v.string(), v.regex(/^\d+[mhd]$/))),
	/** Longest interval in days. */
	maximumInterval: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(36500)),
	enableFuzz: v.boolean(),
	/** Local hour (0–23) at which a new learning day starts. */
	dayStartHour: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23)),
	/** What happens at 8 lapses. */
	leechAction: v.picklist(['mark', 'suspend']),
	/** "Więcej nowych fiszek": extra new cards allowed on one learning day (`YYYY-MM-DD`). */
	extraNew: v.optional(v.object({ day: v.string(), count: Count })),
	/** Milliseconds since epoch of the last change. */
	updatedAt: v.optional(Count, 0)
});

/** One learning day of one bank: the state-before of each of that day's log entries. */
export const DaySummarySchema = v.object({
	type: v.literal('day'),
	bankId: Id,
	/** `YYYY-MM-DD` of the learning day. */
	day: v.string(),
	/** The day start hour the day was cut with. */
	hour: Count,
	/** Log entry id → the card's state before it (the entry's `state`). */
	entries: v.record(v.string(), FsrsState)
});

/** Marks a bank whose cards and day summaries have been derived from its whole log. */
export const SrsIndexSchema = v.object({
	type: v.literal('index'),
	bankId: Id,
	/** Version of the derivation; a lower one is rebuilt on open. */
	version: Count,
	/** The day start hour the day summaries were cut with. */
	hour: Count,
	/** Cards whose stored state has more progress than their log shows (kept, reported). */
	unlogged: v.optional(v.array(v.string()), [])
});

export const DaysRecordSchema = v.variant('type', [DaySummarySchema, SrsIndexSchema]);

/** Work in flight: re-derive these cards (and the day summaries of these entries). */
export const JournalSchema = v.object({
	bankId: Id,
	/** Entries whose presence in the log may have changed, with their card and learning day. */
	entries: v.array(v.object({ id: v.string(), cardId: v.string(), day: v.string() })),
	/** Cards to re-derive besides those of `entries`. */
	cardIds: v.optional(v.array(v.string()), []),
	/** Re-derive the whole bank from its log (reset, replace import). */
	rebuild: v.optional(v.boolean(), false),
	/** Flags to put back on one card (undo of the action that changed them). */
	restore: v.optional(
		v.object({
			cardId: v.string(),
			suspended: v.boolean(),
			leech: v.boolean(),
			buriedUntil: v.optional(DateField)
		})
	),
	createdAt: Count
});

export type CardStateRecord = v.InferOutput<typeof CardStateSchema>;
export type FsrsSnapshot = v.InferOutput<typeof FsrsSnapshotSchema>;
export type ReviewLogRecord = v.InferOutput<typeof ReviewLogSchema>;
export type SrsSettings = v.InferOutput<typeof SrsSettingsSchema>;
export type DaySummary = v.InferOutput<typeof DaySummarySchema>;
export type SrsIndex = v.InferOutput<typeof SrsIndexSchema>;
export type DaysRecord = v.InferOutput<typeof DaysRecordSchema>;
export type JournalRecord = v.InferOutput<typeof JournalSchema>;

/** Storage key of a card's state (kind `cards`). */
export function cardKey(bankId: string, cardId: string): string {
	return `${bankId}/${cardId}`;
}

/** Storage key of a bank's settings (kind `settings`). */
export function settingsKey(bankId: string): string {
	return `srs/${bankId}`;
}

/** Storage key of one learning day's summary (kind `days`). */
export function dayRecordKey(bankId: string, day: string): string {
	return `${bankId}/${day}`;
}

/** Storage key of a bank's index marker (kind `days`). */
export function indexKey(bankId: string): string {
	return bankId;
}

/** Current version of the derivation (bump to rebuild every bank's cards and summaries). */
export const INDEX_VERSION = 1;

/**
 * Every record of a bank's flashcard progress, for reset: key prefixes and single keys per
 * kind, and the kinds whose records name their bank in `bankId`.
 */
export function bankRecords(bankId: string) {
	return {
		prefixes: [
			{ kind: 'cards', prefix: `${bankId}/` },
			{ kind: 'days', prefix: `${bankId}/` }
		],
		keys: [{ kind: 'settings', key: settingsKey(bankId) }],
		byBankId: ['reviews', 'journal']
	} as const;
}

/**
 * What makes two log entries the same review, whatever their ids: the same card rated the same
 * way at the same millisecond. An import never adds a second entry with the same identity.
 */
export function reviewIdentity(
	r: Pick<ReviewLogRecord, 'bankId' | 'cardId' | 'review' | 'rating'>
) {
	return `${r.bankId}\u0000${r.cardId}\u0000${r.review.getTime()}\u0000${r.rating}`;
}

/** Orders log entries as derivation applies them: by review time, then id. */
export function byReviewOrder(a: ReviewLogRecord, b: ReviewLogRecord): number {
	return a.review.getTime() - b.review.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The bank (and card) whose flashcard state a stored record feeds, or null: log entries and
 * card states name a card, srs settings a bank (their day start hour cuts the day summaries).
 */
export function srsOwnerOf(
	kind: string,
	key: string,
	data: unknown
): { bankId: string; cardId?: string } | null {
	const d = data as { bankId?: unknown; cardId?: unknown; type?: unknown } | null;
	if (!d || typeof d.bankId !== 'string') return null;
	if ((kind === 'reviews' || kind === 'cards') && typeof d.cardId === 'string') {
		return { bankId: d.bankId, cardId: d.cardId };
	}
	if (kind === 'settings' && d.type === 'srs' && key === settingsKey(d.bankId)) {
		return { bankId: d.bankId };
	}
	return null;
}

/**
 * Journal records for an import: every bank it touches is re-derived from its whole log
 * (`cardIds` empty = every card of the bank), so a crash halfway is finished on the next open.
 */
export function importJournals(
	touched: Iterable<{ bankId: string; cardId?: string }>,
	wholeBanks: Iterable<string>,
	now: number
): JournalRecord[] {
	const byBank = new Map<string, Set<string> | null>();
	for (const b of wholeBanks) byBank.set(b, null);
	for (const { bankId, cardId } of touched) {
		if (!byBank.has(bankId)) byBank.set(bankId, new Set());
		const set = byBank.get(bankId);
		if (set && cardId) set.add(cardId);
		else if (set && !cardId) byBank.set(bankId, null);
	}
	return [...byBank].map(([bankId, cards]) => ({
		bankId,
		entries: [],
		cardIds: cards ? [...cards].sort() : [],
		rebuild: true,
		createdAt: now
	}));
}
