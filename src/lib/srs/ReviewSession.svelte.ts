/**
 * A flashcard reviewing session for one bank: today's queue, rating, undo, bury, suspend,
 * extra practice. Every rating's card state and review-log entry are stored (awaited) before
 * the next card shows; another tab's changes are read back through `storage.subscribe`.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- maps and dates live in $state.raw and are
   replaced whole on every change, never mutated in place. */
import {
	storage,
	uniqueId,
	type CardStateRecord,
	type ChangeEvent,
	type ReviewLogRecord,
	type SrsSettings
} from '$lib/storage';
import { dayKey, nextDayStart } from './day';
import { intervalBetween } from './intervals';
import { cardKey, loadLogs, loadSettings, loadStates } from './progress';
import { buildQueue, doneToday, extraNewToday, type Queue } from './queue';
import {
	buryCard,
	newCardState,
	previewRatings,
	rateCard,
	setSuspended,
	undoPlan,
	type RatingPreview,
	type RatingValue,
	type UndoStep
} from './scheduler';
import { defaultSettings, settingsKey } from './settings';
import { srsText } from './strings';

/** A card as the session shows it. */
export interface SessionCard {
	id: string;
	front: string;
	back: string;
	kind: 'basic' | 'cloze';
}

const t = srsText.cards;

export class ReviewSession {
	readonly bankId: string;
	readonly cards: readonly SessionCard[];
	#byId: Map<string, SessionCard>;
	#clock: () => Date;

	#states = $state.raw(new Map<string, CardStateRecord>());
	#logs = $state.raw<ReviewLogRecord[]>([]);
	#settings = $state.raw<SrsSettings>(defaultSettings(''));
	#now = $state.raw(new Date(0));
	#loaded = $state(false);
	#revealed = $state(false);
	#pinned = $state<string | null>(null);
	#busy = $state(false);
	#announcement = $state('');
	/** Bumped with every announcement, so the same words are read out again. */
	#announced = $state(0);
	#leechNotice = $state<string | null>(null);
	#error = $state<string | null>(null);
	#undo = $state.raw<UndoStep[]>([]);
	/** Card ids of "Powtórka dodatkowa", or null outside it. */
	#practice = $state.raw<string[] | null>(null);
	#unsubscribe: (() => void) | null = null;
	#timer: ReturnType<typeof setInterval> | null = null;

	#queue: Queue = $derived.by(() =>
		buildQueue({
			cardIds: this.cards.map((c) => c.id),
			states: this.#states,
			done: doneToday(this.#logs, this.#now, this.#settings.dayStartHour),
			settings: this.#settings,
			now: this.#now
		})
	);

	#currentId: string | null = $derived.by(() => {
		if (!this.#loaded) return null;
		if (this.#practice) return this.#practice[0] ?? null;
		const order = this.#queue.order;
		if (this.#pinned && order.includes(this.#pinned)) return this.#pinned;
		return order[0] ?? null;
	});

	#previews: RatingPreview[] = $derived.by(() => {
		const id = this.#currentId;
		if (!id || this.#practice) return [];
		return previewRatings(this.#states.get(id), this.#settings, this.#now);
	});

	constructor(bankId: string, cards: readonly SessionCard[], clock: () => Date = () => new Date()) {
		this.bankId = bankId;
		this.cards = cards;
		this.#byId = new Map(cards.map((c) => [c.id, c]));
		this.#clock = clock;
		this.#settings = defaultSettings(bankId);
	}

	get loaded() {
		return this.#loaded;
	}
	get settings() {
		return this.#settings;
	}
	get queue() {
		return this.#queue;
	}
	/** Due counts left for today. */
	get counts() {
		return this.#queue.counts;
	}
	get current(): SessionCard | null {
		return this.#currentId ? (this.#byId.get(this.#currentId) ?? null) : null;
	}
	/** Stored state of the current card (undefined = new). */
	get currentState(): CardStateRecord | undefined {
		return this.#currentId ? this.#states.get(this.#currentId) : undefined;
	}
	get revealed() {
		return this.#revealed;
	}
	get previews() {
		return this.#previews;
	}
	get busy() {
		return this.#busy;
	}
	get announcement() {
		return this.#announcement;
	}
	get announcedCount() {
		return this.#announced;
	}
	get leechNotice() {
		return this.#leechNotice;
	}
	get error() {
		return this.#error;
	}
	get canUndo() {
		return this.#undo.length > 0 && !this.#practice;
	}
	get practicing() {
		return this.#practice !== null;
	}
	get practiceLeft() {
		return this.#practice?.length ?? 0;
	}
	get now() {
		return this.#now;
	}
	/** New cards held back by today's limit ("Więcej nowych fiszek" makes sense). */
	get newHeldBack(): number {
		let n = 0;
		for (const c of this.cards) {
			const s = this.#states.get(c.id);
			if (!s || (s.state === 0 && !s.suspended)) n++;
		}
		return n - this.#queue.fresh.length;
	}
	/** "za 8 min (12:40)" data for the "Na dziś koniec" screen, or null. */
	get nextDue(): { label: string; at: Date } | null {
		const next = this.#queue.nextDue;
		return next ? { label: intervalBetween(this.#now, next), at: next } : null;
	}

	/** Reads states, log and settings, and starts following changes from other tabs. */
	async load(): Promise<void> {
		const [states, logs, settings] = await Promise.all([
			loadStates(this.bankId),
			loadLogs(this.bankId),
			loadSettings(this.bankId)
		]);
		this.#states = states;
		this.#logs = logs;
		this.#settings = settings;
		this.#now = this.#clock();
		this.#loaded = true;
		this.#unsubscribe ??= storage.subscribe((e) => void this.#onChange(e));
		// On the "Na dziś koniec" screen, learning cards that come due appear by themselves.
		this.#timer ??= setInterval(() => {
			if (!this.#currentId && !this.#busy) this.#now = this.#clock();
		}, 5_000);
	}

	/** Stops following storage changes. */
	destroy() {
		this.#unsubscribe?.();
		this.#unsubscribe = null;
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = null;
	}

	async #onChange(e: ChangeEvent) {
		if (e.key === null) {
			if (e.kind === 'cards') this.#states = await loadStates(this.bankId);
			if (e.kind === 'reviews') this.#logs = await loadLogs(this.bankId);
			if (e.kind === 'settings') this.#settings = await loadSettings(this.bankId);
			return;
		}
		if (e.kind === 'cards' && e.key.startsWith(`${this.bankId}/`)) {
			const cardId = e.key.slice(this.bankId.length + 1);
			const stored = await storage.get('cards', e.key);
			const next = new Map(this.#states);
			if (stored) next.set(cardId, stored);
			else next.delete(cardId);
			this.#states = next;
		} else if (e.kind === 'reviews') {
			const stored = await storage.get('reviews', e.key);
			const rest = this.#logs.filter((l) => l.id !== e.key);
			this.#logs = stored && stored.bankId === this.bankId ? [...rest, stored] : rest;
		} else if (e.kind === 'settings' && e.key === settingsKey(this.bankId)) {
			this.#settings = await loadSettings(this.bankId);
		}
	}

	#announce(text: string) {
		this.#announcement = text;
		this.#announced++;
	}

	/** The freshest record of a card: the stored one when it is newer than ours. */
	async #fresh(cardId: string): Promise<CardStateRecord | undefined> {
		const mine = this.#states.get(cardId);
		const stored = await storage.get('cards', cardKey(this.bankId, cardId));
		if (stored && (!mine || stored.updatedAt >= mine.updatedAt)) return stored;
		return mine;
	}

	#setState(cardId: string, record: CardStateRecord | null) {
		const next = new Map(this.#states);
		if (record) next.set(cardId, record);
		else next.delete(cardId);
		this.#states = next;
	}

	/** Moves on: the first card of the refreshed queue is shown next and stays until rated. */
	#advance() {
		this.#revealed = false;
		this.#now = this.#clock();
		this.#pinned = null;
		this.#pinned = this.#queue.order[0] ?? null;
	}

	/** "Pokaż odpowiedź". */
	reveal() {
		if (!this.#currentId || this.#busy) return;
		this.#pinned = this.#practice ? this.#pinned : this.#currentId;
		// The buttons' intervals are computed for this moment, and the rating is given at it,
		// so each button leads exactly where it says (fuzz depends on the review time).
		this.#now = this.#clock();
		this.#revealed = true;
	}

	/** Rates the current card; resolves once its state and log entry are stored. */
	async rate(rating: RatingValue): Promise<void> {
		const cardId = this.#currentId;
		if (!cardId || !this.#revealed || this.#busy) return;
		if (this.#practice) {
			this.#practiceNext(rating);
			return;
		}
		this.#busy = true;
		try {
			const now = this.#now;
			const before = await this.#fresh(cardId);
			const logId = uniqueId('r', now.getTime());
			const rated = rateCard(
				before,
				{ bankId: this.bankId, cardId, logId },
				rating,
				this.#settings,
				now
			);
			const ok = await storage.putAll([
				{ kind: 'cards', key: cardKey(this.bankId, cardId), data: rated.card },
				{ kind: 'reviews', key: logId, data: rated.log }
			]);
			this.#error = ok ? null : t.saveFailed;
			this.#setState(cardId, rated.card);
			this.#logs = [...this.#logs.filter((l) => l.id !== logId), rated.log];
			this.#undo = [...this.#undo, { bankId: this.bankId, cardId, before, logId }];
			this.#announce(t.rated(srsText.ratings[rating - 1]!, intervalBetween(now, rated.card.due)));
			this.#leechNotice = rated.leechReached
				? t.leech(rated.card.lapses) + (rated.card.suspended ? ` ${t.leechSuspended}` : '')
				: null;
			this.#advance();
		} finally {
			this.#busy = false;
		}
	}

	/** "Cofnij": the last rating, burying or suspending is undone exactly, in one step. */
	async undo(): Promise<void> {
		const step = this.#undo.at(-1);
		if (!step || this.#busy || this.#practice) return;
		this.#busy = true;
		try {
			const plan = undoPlan(step);
			const key = cardKey(step.bankId, step.cardId);
			let ok = plan.restore
				? await storage.put('cards', key, plan.restore)
				: await storage.remove('cards', key);
			if (plan.removeLogId) ok = (await storage.remove('reviews', plan.removeLogId)) && ok;
			this.#error = ok ? null : t.saveFailed;
			this.#setState(step.cardId, plan.restore);
			if (plan.removeLogId) this.#logs = this.#logs.filter((l) => l.id !== plan.removeLogId);
			this.#undo = this.#undo.slice(0, -1);
			this.#leechNotice = null;
			this.#announce(t.undone);
			this.#revealed = false;
			this.#now = this.#clock();
			this.#pinned = step.cardId;
		} finally {
			this.#busy = false;
		}
	}

	async #change(make: (record: CardStateRecord, now: Date) => CardStateRecord, message: string) {
		const cardId = this.#currentId;
		if (!cardId || this.#busy || this.#practice) return;
		this.#busy = true;
		try {
			const now = this.#clock();
			const before = await this.#fresh(cardId);
			const next = make(before ?? newCardState(this.bankId, cardId, now), now);
			const ok = await storage.put('cards', cardKey(this.bankId, cardId), next);
			this.#error = ok ? null : t.saveFailed;
			this.#setState(cardId, next);
			this.#undo = [...this.#undo, { bankId: this.bankId, cardId, before, logId: null }];
			this.#announce(message);
			this.#leechNotice = null;
			this.#advance();
		} finally {
			this.#busy = false;
		}
	}

	/** "Odłóż do jutra": hidden until the next learning day starts. */
	bury(): Promise<void> {
		return this.#change(
			(r, now) => buryCard(r, nextDayStart(now, this.#settings.dayStartHour), now),
			t.buried
		);
	}

	/** "Zawieś": out of every queue until unsuspended on the statistics page. */
	suspend(): Promise<void> {
		return this.#change((r, now) => setSuspended(r, true, now), t.suspended);
	}

	/** "Więcej nowych fiszek": raises today's new-card limit by `n`. */
	async moreNew(n = 10): Promise<void> {
		if (this.#busy) return;
		this.#busy = true;
		try {
			const now = this.#clock();
			const s = this.#settings;
			const next: SrsSettings = {
				...s,
				extraNew: { day: dayKey(now, s.dayStartHour), count: extraNewToday(s, now) + n },
				updatedAt: now.getTime()
			};
			const ok = await storage.put('settings', settingsKey(this.bankId), next);
			this.#error = ok ? null : srsText.settings.saveFailed;
			this.#settings = next;
			this.#advance();
		} finally {
			this.#busy = false;
		}
	}

	/**
	 * "Powtórka dodatkowa": every card not suspended, weakest first (new ones last). Nothing is
	 * stored: the schedule and the review log stay as they are.
	 */
	startPractice() {
		const ids = this.cards.map((c) => c.id);
		const seen = ids
			.filter((id) => (this.#states.get(id)?.state ?? 0) !== 0 && !this.#states.get(id)?.suspended)
			.sort((a, b) => this.#states.get(a)!.stability - this.#states.get(b)!.stability);
		const fresh = ids.filter(
			(id) => (this.#states.get(id)?.state ?? 0) === 0 && !this.#states.get(id)?.suspended
		);
		this.#practice = [...seen, ...fresh];
		this.#revealed = false;
		this.#announce('');
	}

	/** Leaves extra practice. */
	endPractice() {
		this.#practice = null;
		this.#advance();
	}

	#practiceNext(rating: RatingValue) {
		const [first, ...rest] = this.#practice ?? [];
		if (!first) return;
		// Znowu: the card comes back at the end of the practice round.
		this.#practice = rating === 1 ? [...rest, first] : rest;
		this.#revealed = false;
		this.#announce(srsText.ratings[rating - 1]!);
	}
}
