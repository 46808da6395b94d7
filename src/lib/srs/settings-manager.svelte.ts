/**
 * The per-bank flashcard settings form: reads the stored settings, validates what was typed
 * and saves it with a read-modify-write shared by every tab, so a field another tab saved
 * meanwhile ("Więcej nowych fiszek" = `extraNew`) is never lost.
 */
import { progress, type ProgressStore } from './progress';
import type { SrsSettings } from './records';
import {
	defaultSettings,
	toForm,
	validateForm,
	type SettingsField,
	type SettingsForm
} from './settings';
import { srsText } from './strings';

const t = srsText.settings;

export class CardSettingsManager {
	readonly bankId: string;
	#store: ProgressStore;
	#base = $state.raw<SrsSettings | null>(null);
	/** What the form holds (bound to the inputs). */
	form = $state<SettingsForm | null>(null);
	#errors = $state<Partial<Record<SettingsField, string>>>({});
	#message = $state('');
	#failed = $state(false);

	constructor(bankId: string, store: ProgressStore = progress) {
		this.bankId = bankId;
		this.#store = store;
	}

	get errors() {
		return this.#errors;
	}
	get message() {
		return this.#message;
	}
	get failed() {
		return this.#failed;
	}

	async load(): Promise<void> {
		this.#base = await this.#store.settings(this.bankId);
		this.form = toForm(this.#base);
	}

	/**
	 * Validates and saves the form. Resolves with the first field in error (to focus), or null.
	 * Only the form's fields change; the rest is taken from the record as stored right now.
	 */
	async save(now = Date.now()): Promise<SettingsField | null> {
		const form = this.form;
		if (!form || !this.#base) return null;
		const check = validateForm(form, this.#base, now);
		if (!check.ok) {
			this.#errors = check.errors;
			this.#message = t.invalid;
			this.#failed = true;
			return (Object.keys(check.errors)[0] as SettingsField | undefined) ?? null;
		}
		this.#errors = {};
		const { ok, settings } = await this.#store.updateSettings(this.bankId, (current) => {
			const result = validateForm(form, current, now);
			return result.ok ? result.settings : undefined;
		});
		this.#failed = !ok;
		this.#message = ok ? t.saved : t.saveFailed;
		if (ok) this.#base = settings;
		return null;
	}

	/** "Przywróć domyślne" in the form (saved only with "Zapisz"). */
	reset() {
		if (!this.#base) return;
		this.form = toForm({ ...defaultSettings(this.bankId), extraNew: this.#base.extraNew });
		this.#errors = {};
		this.#message = '';
	}
}
