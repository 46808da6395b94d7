/** Live summary of stored progress for the Settings page; refreshes after every change. */
import { KINDS, storage, type Kind, type Problem } from '$lib/storage';
import { storageEstimate } from '$lib/storage/persist';

export class ProgressOverview {
	#counts = $state<Record<Kind, number> | null>(null);
	#problems = $state<Problem[]>([]);
	#bankIds = $state<string[]>([]);
	#persisted = $state<boolean | null>(null);
	#usageBytes = $state<number | null>(null);
	#memoryOnly = $state(false);
	#unsaved = $state(false);
	#running: Promise<void> | null = null;
	#again = false;

	/** Readable records per kind; null until first read. */
	get counts() {
		return this.#counts;
	}
	/** Records kept but skipped because they could not be read. */
	get problems() {
		return this.#problems;
	}
	/** Every bank id that has some progress stored. */
	get bankIds() {
		return this.#bankIds;
	}
	get persisted() {
		return this.#persisted;
	}
	get usageBytes() {
		return this.#usageBytes;
	}
	get memoryOnly() {
		return this.#memoryOnly;
	}
	/** Some failed writes are held only in this tab's memory (export them). */
	get unsaved() {
		return this.#unsaved;
	}

	/** Re-reads everything; calls made while reading are folded into one more read. */
	refresh(): Promise<void> {
		if (this.#running) {
			this.#again = true;
			return this.#running;
		}
		this.#running = this.#read().finally(() => {
			this.#running = null;
			if (this.#again) {
				this.#again = false;
				void this.refresh();
			}
		});
		return this.#running;
	}

	async #read() {
		const snapshot = await storage.snapshot();
		const counts = {} as Record<Kind, number>;
		// A plain local set, copied into state below (not reactive on purpose).
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const banks = new Set<string>();
		for (const kind of KINDS) {
			counts[kind] = 0;
			for (const [key, data] of snapshot[kind] as Map<string, unknown>) {
				if (kind === 'settings' && key === 'app') continue;
				counts[kind]++;
				const bankId = (data as { bankId?: unknown }).bankId;
				if (typeof bankId === 'string') banks.add(bankId);
			}
		}
		this.#counts = counts;
		this.#problems = [...storage.problems];
		this.#bankIds = [...banks].sort();
		this.#memoryOnly = storage.memoryOnly;
		this.#unsaved = storage.hasUnsaved;
		const estimate = await storageEstimate();
		this.#persisted = this.#memoryOnly ? false : estimate.persisted;
		this.#usageBytes = estimate.usageBytes;
	}
}
