/** Records of kind `settings`: app-wide flags (key `app`) and per-bank settings (key `srs/<bank>`). */
import * as v from 'valibot';
import { SrsSettingsSchema } from '$lib/srs/records';

export const AppSettingsSchema = v.object({
	type: v.literal('app'),
	/** The "Gotowe do pracy offline" notice has been shown once. */
	offlineReadyShown: v.optional(v.boolean(), false),
	/** navigator.storage.persist() has been asked for. */
	persistRequested: v.optional(v.boolean(), false)
});

export const SettingsSchema = v.variant('type', [AppSettingsSchema, SrsSettingsSchema]);
export type AppSettings = v.InferOutput<typeof AppSettingsSchema>;
export type SettingsRecord = v.InferOutput<typeof SettingsSchema>;
