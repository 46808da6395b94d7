/**
 * The one wrapper around ts-fsrs (its only importer): preview the four ratings, apply one
 * rating to a card state. Pure: every function takes `now`; records go in and out, storage is
 * the caller's job.
 */
import {
	createEmptyCard,
	fsrs,
	generatorParameters,
	type Card,
	type FSRS,
	type Grade,
	type StepUnit
} from 'ts-fsrs';
import { intervalBetween } from './intervals';
import { isLeechLapse, markLeech } from './leech';
import {
	RATINGS,
	type CardStateRecord,
	type FsrsSnapshot,
	type RatingValue,
	type ReviewLogRecord,
	type SrsSettings
} from './records';

export { RATING, RATINGS, type RatingValue } from './records';

const cache = new Map<string, FSRS>();

/** The FSRS scheduler for these settings (cached: building one is not free). */
export function schedulerFor(s: SrsSettings): FSRS {
	const key = JSON.stringify([
		s.desiredRetention,
		s.maximumInterval,
		s.enableFuzz,
		s.learningSteps,
		s.relearningSteps
	]);
	let f = cache.get(key);
	if (!f) {
		f = fsrs(
			generatorParameters({
				request_retention: s.desiredRetention,
				maximum_interval: s.maximumInterval,
				enable_fuzz: s.enableFuzz,
				learning_steps: s.learningSteps as StepUnit[],
				relearning_steps: s.relearningSteps as StepUnit[]
			})
		);
		cache.set(key, f);
	}
	return f;
}

/** The state of a card never reviewed. */
export function newCardState(bankId: string, cardId: string, now: Date): CardStateRecord {
	return fromFsrs(createEmptyCard(now), { bankId, cardId }, now);
}

function toFsrs(r: FsrsSnapshot): Card {
	return {
		due: r.due,
		stability: r.stability,
		difficulty: r.difficulty,
		elapsed_days: r.elapsed_days,
		scheduled_days: r.scheduled_days,
		learning_steps: r.learning_steps,
		reps: r.reps,
		lapses: r.lapses,
		state: r.state,
		last_review: r.last_review
	};
}

function fromFsrs(
	c: Card,
	keep: Pick<CardStateRecord, 'bankId' | 'cardId'> & Partial<CardStateRecord>,
	now: Date
): CardStateRecord {
	const record: CardStateRecord = {
		bankId: keep.bankId,
		cardId: keep.cardId,
		due: c.due,
		stability: c.stability,
		difficulty: c.difficulty,
		elapsed_days: c.elapsed_days,
		scheduled_days: c.scheduled_days,
		learning_steps: c.learning_steps,
		reps: c.reps,
		lapses: c.lapses,
		state: c.state as CardStateRecord['state'],
		suspended: keep.suspended ?? false,
		leech: keep.leech ?? false,
		log: keep.log ?? [],
		updatedAt: now.getTime()
	};
	if (c.last_review) record.last_review = c.last_review;
	if (keep.buriedUntil) record.buriedUntil = keep.buriedUntil;
	if (keep.origin) record.origin = keep.origin;
	return record;
}

/** The FSRS part of a card state. */
export function fsrsSnapshot(r: FsrsSnapshot): FsrsSnapshot {
	const out: FsrsSnapshot = {
		due: r.due,
		stability: r.stability,
		difficulty: r.difficulty,
		elapsed_days: r.elapsed_days,
		scheduled_days: r.scheduled_days,
		learning_steps: r.learning_steps,
		reps: r.reps,
		lapses: r.lapses,
		state: r.state
	};
	if (r.last_review) out.last_review = r.last_review;
	return out;
}

/**
 * A card state with its FSRS fields taken from `snapshot` (or a never-reviewed card), keeping
 * everything else of `record`.
 */
export function withFsrs(
	record: CardStateRecord,
	snapshot: FsrsSnapshot | undefined,
	now: Date
): CardStateRecord {
	return fromFsrs(snapshot ? toFsrs(snapshot) : createEmptyCard(record.due), record, now);
}

/** What one rating button leads to. */
export interface RatingPreview {
	rating: RatingValue;
	due: Date;
	/** "10 min", "3 dni". */
	label: string;
}

/** The four ratings with where each would send the card. `record` undefined = a new card. */
export function previewRatings(
	record: CardStateRecord | undefined,
	settings: SrsSettings,
	now: Date
): RatingPreview[] {
	const card = record ? toFsrs(record) : createEmptyCard(now);
	const preview = schedulerFor(settings).repeat(card, now);
	return RATINGS.map((rating) => {
		const due = preview[rating as Grade].card.due;
		return { rating, due, label: intervalBetween(now, due) };
	});
}

/** The result of one rating: the new card state, its log entry, and whether it became a leech. */
export interface Rated {
	card: CardStateRecord;
	log: ReviewLogRecord;
	/** True when this rating was the lapse that reached the leech threshold (8, then every 4). */
	leechReached: boolean;
}

/**
 * Rates a card at `now`: the new state (its `log` gains `ids.logId`) and the log entry. The new
 * state keeps `suspended`/`leech`/`origin`, drops `buriedUntil`; at 8 lapses (and every 4 more,
 * as Anki) the card is marked a leech and, with `leechAction: 'suspend'`, suspended.
 */
export function rateCard(
	record: CardStateRecord | undefined,
	ids: { bankId: string; cardId: string; logId: string },
	rating: RatingValue,
	settings: SrsSettings,
	now: Date
): Rated {
	const before = record ? toFsrs(record) : createEmptyCard(now);
	const { card, log } = schedulerFor(settings).next(before, now, rating as Grade);
	let next = fromFsrs(
		card,
		{
			...ids,
			suspended: record?.suspended,
			leech: record?.leech,
			origin: record?.origin,
			log: [...(record?.log ?? []), ids.logId]
		},
		now
	);
	const leechReached = isLeechLapse(before.lapses, card.lapses);
	if (leechReached) next = markLeech(next, settings.leechAction);
	return {
		card: next,
		log: {
			id: ids.logId,
			bankId: ids.bankId,
			cardId: ids.cardId,
			rating,
			state: log.state as ReviewLogRecord['state'],
			due: log.due,
			stability: log.stability,
			difficulty: log.difficulty,
			elapsed_days: log.elapsed_days,
			last_elapsed_days: log.last_elapsed_days,
			scheduled_days: log.scheduled_days,
			learning_steps: log.learning_steps,
			review: log.review,
			updatedAt: now.getTime()
		},
		leechReached
	};
}

/** Bury until the next learning day. */
export function buryCard(record: CardStateRecord, until: Date, now: Date): CardStateRecord {
	return { ...record, buriedUntil: until, updatedAt: now.getTime() };
}

/** Suspend or unsuspend. */
export function setSuspended(
	record: CardStateRecord,
	suspended: boolean,
	now: Date
): CardStateRecord {
	return { ...record, suspended, updatedAt: now.getTime() };
}
