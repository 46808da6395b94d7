/** Live summary of stored progress for the Settings page; refreshes after every change. */
import { KINDS, storage, type Kind, type Problem, type Storage } from '$lib/storage';
import { storageEstimate, type StorageEstimate } from '$lib/storage/persist';

/** The part of storage the overview reads. */
export type OverviewStore = Pick<
	Storage,
	'snapshot' | 'problems' | 'memoryOnly' | 'hasUnsaved' | 'subscribe'
>;

export class ProgressOverview {
	#store: OverviewStore;
	#estimate: () => Promise<StorageEstimate>;
	#counts = $state<Record<Kind, number> | null>(null);
	#problems = $state<Problem[]>([]);
	#bankIds = $state<string[]>([]);
	#persisted = $state<boolean | null>(null);
	#usageBytes = $state<number | null>(null);
	#memoryOnly = $state(false);
	#unsaved = $state(false);
	#running: Promise<void> | null = null;
	#again = false;

	constructor(store: OverviewStore = storage, estimate = storageEstimate) {
		this.#store = store;
		this.#estimate = estimate;
	}

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

	/** Reads now and after every change, here or in another tab. Returns cleanup. */
	follow(): () => void {
		void this.refresh();
		return this.#store.subscribe(() => void this.refresh());
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
		const snapshot = await this.#store.snapshot();
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
		this.#problems = [...this.#store.problems];
		this.#bankIds = [...banks].sort();
		this.#memoryOnly = this.#store.memoryOnly;
		this.#unsaved = this.#store.hasUnsaved;
		const estimate = await this.#estimate();
		this.#persisted = this.#memoryOnly ? false : estimate.persisted;
		this.#usageBytes = estimate.usageBytes;
	}
}
