/** The text fields of the per-bank flashcard settings form, in order. */
import { srsText, type SettingsField } from '$lib/srs';

const t = srsText.settings;

export interface NumberField {
	field: Exclude<SettingsField, 'enableFuzz' | 'leechAction'>;
	label: string;
	hint?: string;
	mode: 'decimal' | 'numeric' | 'text';
}

export const NUMBER_FIELDS: readonly NumberField[] = [
	{ field: 'desiredRetention', label: t.retention, hint: t.retentionHint, mode: 'decimal' },
	{ field: 'newPerDay', label: t.newPerDay, mode: 'numeric' },
	{ field: 'reviewsPerDay', label: t.reviewsPerDay, mode: 'numeric' },
	{ field: 'learningSteps', label: t.learningSteps, hint: t.stepsHint, mode: 'text' },
	{ field: 'relearningSteps', label: t.relearningSteps, hint: t.stepsHint, mode: 'text' },
	{ field: 'maximumInterval', label: t.maximumInterval, mode: 'numeric' },
	{ field: 'dayStartHour', label: t.dayStartHour, mode: 'numeric' }
];
