/** Records of kind `settings`: app-wide flags (key `app`) and per-bank settings (key `srs/<bank>`). */
import * as v from 'valibot';
import { Count, Id } from './common';

export const AppSettingsSchema = v.object({
	type: v.literal('app'),
	/** The "Gotowe do pracy offline" notice has been shown once. */
	offlineReadyShown: v.optional(v.boolean(), false),
	/** navigator.storage.persist() has been asked for. */
	persistRequested: v.optional(v.boolean(), false)
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

export const SettingsSchema = v.variant('type', [AppSettingsSchema, SrsSettingsSchema]);
export type AppSettings = v.InferOutput<typeof AppSettingsSchema>;
export type SrsSettings = v.InferOutput<typeof SrsSettingsSchema>;
export type SettingsRecord = v.InferOutput<typeof SettingsSchema>;
