/**
 * The statistics page of one bank: card states, the whole review log (the only page that
 * reads it, with exports) and the bank's quiz attempts, recomputed after every change in this
 * tab or another. "Odwieś" goes through here.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- dates and maps live in $state.raw and are
   replaced whole on every change, never mutated in place. */
import type { AttemptRecord, ChangeEvent } from '$lib/storage';
import { progress, type BankProgress, type ProgressStore } from './progress';
import { countByState, dueForecast, heatmap, retentionLastDays } from './stats';

/** The periods the retention table shows, in days. */
export const RETENTION_PERIODS = [1, 7, 30, 365] as const;

export class StatsManager {
	readonly bankId: string;
	#cardIds: readonly string[] = [];
	#store: ProgressStore;
	#clock: () => Date;
	#progress = $state.raw<BankProgress | null>(null);
	#attempts = $state.raw<AttemptRecord[]>([]);
	#now = $state.raw(new Date(0));

	#hour = $derived(this.#progress?.settings.dayStartHour ?? 4);
	#heat = $derived(this.#progress ? heatmap(this.#progress.logs, this.#now, this.#hour) : []);
	#forecast = $derived(
		this.#progress ? dueForecast(this.#progress.states.values(), this.#now, this.#hour) : []
	);
	#retention = $derived(
		this.#progress
			? RETENTION_PERIODS.map((days) => ({
					days,
					...retentionLastDays(this.#progress!.logs, this.#now, this.#hour, days)
				}))
			: []
	);
	#counts = $derived(
		this.#progress ? countByState(this.#cardIds, this.#progress.states, this.#now) : null
	);

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

	get loaded() {
		return this.#progress !== null;
	}
	/** Card states by card id. */
	get states() {
		return this.#progress?.states ?? new Map();
	}
	/** Reviews per learning day over the past year. */
	get heat() {
		return this.#heat;
	}
	get forecast() {
		return this.#forecast;
	}
	get retention() {
		return this.#retention;
	}
	get counts() {
		return this.#counts;
	}
	/** The bank's finished quizzes, the latest first. */
	get attempts() {
		return this.#attempts;
	}
	/** How many entries the bank's review log holds. */
	get logSize() {
		return this.#progress?.logs.length ?? 0;
	}

	async refresh(): Promise<void> {
		const [p, rows] = await Promise.all([
			this.#store.loadAll(this.bankId),
			this.#store.storage.list('attempts')
		]);
		this.#attempts = rows
			.map((r) => r.data)
			.filter((a) => a.bankId === this.bankId)
			.sort((a, b) => b.finishedAt - a.finishedAt);
		this.#now = this.#clock();
		this.#progress = p;
	}

	/** Starts following changes; returns the function that stops it. */
	start(): () => void {
		void this.refresh();
		return this.#store.storage.subscribe((e: ChangeEvent) => {
			if (
				e.kind === 'cards' ||
				e.kind === 'reviews' ||
				e.kind === 'attempts' ||
				e.kind === 'settings'
			) {
				void this.refresh();
			}
		});
	}

	/** "Odwieś": the card returns to the queues. Resolves false when the write failed. */
	async unsuspend(cardId: string): Promise<boolean> {
		const { ok } = await this.#store.suspend(this.bankId, cardId, false, this.#clock());
		await this.refresh();
		return ok;
	}
}
