/** Per-bank flashcard settings: defaults, parsing of steps and validation of the form. */
import type { SrsSettings } from './records';
import { srsText } from './strings';

/** Anki's defaults, with FSRS desired retention 0.90. */
export function defaultSettings(bankId: string): SrsSettings {
	return {
		type: 'srs',
		bankId,
		desiredRetention: 0.9,
		newPerDay: 20,
		reviewsPerDay: 200,
		learningSteps: ['1m', '10m'],
		relearningSteps: ['10m'],
		maximumInterval: 36500,
		enableFuzz: true,
		dayStartHour: 4,
		leechAction: 'mark',
		updatedAt: 0
	};
}

/** What the settings form holds: text as typed. */
export interface SettingsForm {
	desiredRetention: string;
	newPerDay: string;
	reviewsPerDay: string;
	learningSteps: string;
	relearningSteps: string;
	maximumInterval: string;
	enableFuzz: boolean;
	dayStartHour: string;
	leechAction: 'mark' | 'suspend';
}

export type SettingsField = keyof SettingsForm;

/** The settings as the form shows them. */
export function toForm(s: SrsSettings): SettingsForm {
	return {
		desiredRetention: s.desiredRetention.toFixed(2).replace('.', ','),
		newPerDay: String(s.newPerDay),
		reviewsPerDay: String(s.reviewsPerDay),
		learningSteps: s.learningSteps.join(' '),
		relearningSteps: s.relearningSteps.join(' '),
		maximumInterval: String(s.maximumInterval),
		enableFuzz: s.enableFuzz,
		dayStartHour: String(s.dayStartHour),
		leechAction: s.leechAction
	};
}

/** "1m 10m" or "1m, 10m" → ['1m', '10m']; null when a step is malformed. */
export function parseSteps(text: string): string[] | null {
	const parts = text
		.split(/[\s,;]+/)
		.map((p) => p.trim().toLowerCase())
		.filter(Boolean);
	for (const p of parts) if (!/^[1-9]\d{0,5}[mhd]$/.test(p)) return null;
	return parts;
}

function parseNumber(text: string): number | null {
	const t = text.trim().replace(',', '.');
	if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
	return Number(t);
}

function parseInteger(text: string, min: number, max: number): number | null {
	const n = parseNumber(text);
	if (n === null || !Number.isInteger(n) || n < min || n > max) return null;
	return n;
}

export type Validated =
	| { ok: true; settings: SrsSettings }
	| { ok: false; errors: Partial<Record<SettingsField, string>> };

/** Checks the form; on success returns the settings to store (keeping `extraNew`). */
export function validateForm(form: SettingsForm, base: SrsSettings, now: number): Validated {
	const e = srsText.settings.errors;
	const errors: Partial<Record<SettingsField, string>> = {};
	const retention = parseNumber(form.desiredRetention);
	if (retention === null || retention < 0.7 || retention > 0.97)
		errors.desiredRetention = e.retention;
	const newPerDay = parseInteger(form.newPerDay, 0, 9999);
	if (newPerDay === null) errors.newPerDay = e.integer(0, 9999);
	const reviewsPerDay = parseInteger(form.reviewsPerDay, 0, 99999);
	if (reviewsPerDay === null) errors.reviewsPerDay = e.integer(0, 99999);
	const learningSteps = parseSteps(form.learningSteps);
	if (learningSteps === null) errors.learningSteps = e.steps;
	const relearningSteps = parseSteps(form.relearningSteps);
	if (relearningSteps === null) errors.relearningSteps = e.steps;
	const maximumInterval = parseInteger(form.maximumInterval, 1, 36500);
	if (maximumInterval === null) errors.maximumInterval = e.integer(1, 36500);
	const dayStartHour = parseInteger(form.dayStartHour, 0, 23);
	if (dayStartHour === null) errors.dayStartHour = e.integer(0, 23);
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return {
		ok: true,
		settings: {
			...base,
			desiredRetention: retention!,
			newPerDay: newPerDay!,
			reviewsPerDay: reviewsPerDay!,
			learningSteps: learningSteps!,
			relearningSteps: relearningSteps!,
			maximumInterval: maximumInterval!,
			enableFuzz: form.enableFuzz,
			dayStartHour: dayStartHour!,
			leechAction: form.leechAction,
			updatedAt: now
		}
	};
}
