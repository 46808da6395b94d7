/**
 * The due counts of one bank ("Nowe / W nauce / Do powtórki"), kept fresh: read on start,
 * again after every change of its progress in this tab or another, and every minute (the
 * learning day rolls over, learning cards come due). Reads card states and today's summary,
 * never the whole log.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- dates and maps live in $state.raw and are
   replaced whole on every change, never mutated in place. */
import type { ChangeEvent } from '$lib/storage';
import { progress, type ProgressStore } from './progress';
import { doneFromSummary } from './summary';
import { buildQueue, type Queue } from './queue';

const WATCHED = new Set(['cards', 'days', 'settings', 'journal']);

export class DueCountsManager {
	readonly bankId: string;
	#cardIds: readonly string[];
	#store: ProgressStore;
	#counts = $state<Queue['counts'] | null>(null);
	#clock: () => Date;

	constructor(
		bankId: string,
		cardIds: readonly string[],
		store: ProgressStore = progress,
		clock: () => Date = () => new Date()
	) {
		this.bankId = bankId;
		this.#cardIds = cardIds;
		this.#store = store;
		this.#clock = clock;
	}

	/** The counts, or null until first read. */
	get counts() {
		return this.#counts;
	}

	/** Reads the counts now. */
	async refresh(): Promise<void> {
		const now = this.#clock();
		const { states, today, settings } = await this.#store.load(this.bankId, now);
		this.#counts = buildQueue({
			cardIds: this.#cardIds,
			states,
			done: doneFromSummary(today),
			settings,
			now
		}).counts;
	}

	/** Starts following changes; returns the function that stops it. */
	start(): () => void {
		void this.refresh();
		const off = this.#store.storage.subscribe((e: ChangeEvent) => {
			if (WATCHED.has(e.kind)) void this.refresh();
		});
		const timer = setInterval(() => void this.refresh(), 60_000);
		return () => {
			off();
			clearInterval(timer);
		};
	}
}
