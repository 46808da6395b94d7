/** Records of kind `cards` (key `<bank>/<card>`) and `reviews` (key: the log entry's id). */
import * as v from 'valibot';
import { Count, DateField, Finite, Id } from './common';

/** FSRS learning state: 0 new, 1 learning, 2 review, 3 relearning (as in ts-fsrs). */
const FsrsState = v.picklist([0, 1, 2, 3]);

export const CardStateSchema = v.object({
	bankId: Id,
	cardId: Id,
	due: DateField,
	/** Days for recall probability to fall to 90%. */
	stability: Finite,
	/** 1–10, how hard the card is to remember. */
	difficulty: Finite,
	elapsed_days: Count,
	scheduled_days: Count,
	learning_steps: Count,
	reps: Count,
	lapses: Count,
	state: FsrsState,
	last_review: v.optional(DateField),
	/** Set by "Zawieś"; the card leaves every queue until unsuspended. */
	suspended: v.optional(v.boolean(), false),
	/** Set by "Odłóż do jutra": hidden until this moment. */
	buriedUntil: v.optional(DateField),
	/** Reached 8 lapses. */
	leech: v.optional(v.boolean(), false),
	/** Milliseconds since epoch of the last change; the newer record wins on import. */
	updatedAt: Count
});

export const ReviewLogSchema = v.object({
	/** Unique id, so two tabs appending at once never collide. */
	id: Id,
	bankId: Id,
	cardId: Id,
	/** 1 Znowu, 2 Trudne, 3 Dobre, 4 Łatwe. */
	rating: v.picklist([1, 2, 3, 4]),
	/** State of the card before this review. */
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

export type CardStateRecord = v.InferOutput<typeof CardStateSchema>;
export type ReviewLogRecord = v.InferOutput<typeof ReviewLogSchema>;
