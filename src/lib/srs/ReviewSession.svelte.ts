/**
 * A flashcard reviewing session for one bank: today's queue, rating, undo, bury, suspend,
 * extra practice. Its actions run one at a time, in the order they were asked for: a key
 * pressed while a rating is being saved takes effect right after it, never vanishes. Every
 * rating is stored (awaited) before the next card shows; another tab's changes are read back
 * through `storage.subscribe`, and journal records another tab leaves are finished here.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- maps and dates live in $state.raw and are
   replaced whole on every change, never mutated in place. */
import type { ChangeEvent } from '$lib/storage';
import { dayKey, nextDayStart } from './day';
import type { CardFlags } from './derive';
import { intervalBetween } from './intervals';
import { flagsOf, loadEngine, progress, type ProgressStore } from './progress';
import { buildQueue, extraNewToday, type Queue } from './queue';
import {
	CARD_STATE,
	dayRecordKey,
	RATING,
	settingsKey,
	type CardStateRecord,
	type DaySummary,
	type RatingValue,
	type ReviewLogRecord,
	type SrsSettings
} from './records';
import type { RatingPreview } from './scheduler';
import { doneFromSummary } from './summary';
import { defaultSettings } from './settings';
import { srsText } from './strings';

/** One step "Cofnij" can take back. */
type UndoStep =
	| { type: 'rating'; cardId: string; entry: ReviewLogRecord; flags: CardFlags }
	| { type: 'flags'; cardId: string; flags: CardFlags };

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
	#store: ProgressStore;
	/** The tail of the action queue; `#running` counts actions asked for and not finished. */
	#tail: Promise<void> = Promise.resolve();
	#running = $state(0);
	#reads: Promise<void> = Promise.resolve();

	#states = $state.raw(new Map<string, CardStateRecord>());
	#today = $state.raw<DaySummary | undefined>(undefined);
	#settings = $state.raw<SrsSettings>(defaultSettings(''));
	#now = $state.raw(new Date(0));
	#loaded = $state(false);
	#revealed = $state(false);
	#pinned = $state<string | null>(null);
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
			done: doneFromSummary(
				this.#today?.day === dayKey(this.#now, this.#settings.dayStartHour)
					? this.#today
					: undefined
			),
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

	/** The scheduler, loaded when the first answer is shown (the first card paints without it). */
	#engine = $state.raw<Awaited<ReturnType<typeof loadEngine>> | null>(null);

	#previews: RatingPreview[] = $derived.by(() => {
		const id = this.#currentId;
		if (!id || this.#practice || !this.#engine) return [];
		return this.#engine.previewRatings(this.#states.get(id), this.#settings, this.#now);
	});

	constructor(
		bankId: string,
		cards: readonly SessionCard[],
		clock: () => Date = () => new Date(),
		store: ProgressStore = progress
	) {
		this.bankId = bankId;
		this.cards = cards;
		this.#byId = new Map(cards.map((c) => [c.id, c]));
		this.#clock = clock;
		this.#store = store;
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
	/** True while an action is being saved (later ones wait their turn). */
	get busy() {
		return this.#running > 0;
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
			if (!s || (s.state === CARD_STATE.new && !s.suspended)) n++;
		}
		return n - this.#queue.fresh.length;
	}
	/** "za 8 min (12:40)" data for the "Na dziś koniec" screen, or null. */
	get nextDue(): { label: string; at: Date } | null {
		const next = this.#queue.nextDue;
		return next ? { label: intervalBetween(this.#now, next), at: next } : null;
	}

	/** Reads states, today's summary and settings, and starts following changes from other tabs. */
	async load(): Promise<void> {
		const now = this.#clock();
		const { states, today, settings } = await this.#store.load(this.bankId, now);
		this.#states = states;
		this.#today = today;
		this.#settings = settings;
		this.#now = this.#clock();
		this.#loaded = true;
		this.#unsubscribe ??= this.#store.storage.subscribe((e) => void this.#onChange(e));
		// On the "Na dziś koniec" screen, learning cards that come due appear by themselves.
		this.#timer ??= setInterval(() => {
			if (!this.#currentId && !this.busy) this.#now = this.#clock();
		}, 5_000);
	}

	/** Stops following storage changes. */
	destroy() {
		this.#unsubscribe?.();
		this.#unsubscribe = null;
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = null;
	}

	/** Resolves when every action asked for so far has finished (tests, page teardown). */
	settled(): Promise<void> {
		return this.#tail;
	}

	async #onChange(e: ChangeEvent) {
		const storage = this.#store.storage;
		if (e.key === null) {
			if (e.kind === 'cards') this.#states = await this.#store.states(this.bankId);
			if (e.kind === 'days') await this.#reloadToday();
			if (e.kind === 'settings') this.#settings = await this.#store.settings(this.bankId);
			if (e.kind === 'journal') await this.#store.finishJournal(this.bankId);
			return;
		}
		if (e.kind === 'cards' && e.key.startsWith(`${this.bankId}/`)) {
			await this.#refreshCard(e.key.slice(this.bankId.length + 1));
		} else if (e.kind === 'days' && e.key.startsWith(`${this.bankId}/`)) {
			await this.#reloadToday();
		} else if (e.kind === 'journal') {
			// Another tab is changing the log: finish its work too, in case that tab goes away.
			const record = await storage.get('journal', e.key);
			if (record?.bankId === this.bankId) await this.#store.finish(e.key, record);
		} else if (e.kind === 'settings' && e.key === settingsKey(this.bankId)) {
			this.#settings = await this.#store.settings(this.bankId);
		}
	}

	async #reloadToday() {
		const now = this.#clock();
		const key = dayRecordKey(this.bankId, dayKey(now, this.#settings.dayStartHour));
		const stored = await this.#store.storage.get('days', key);
		this.#today = stored?.type === 'day' ? stored : undefined;
	}

	/**
	 * Runs `task` after every action asked for before it. A failing action shows the save
	 * error and never blocks the ones after it.
	 */
	#enqueue(task: () => Promise<void> | void): Promise<void> {
		this.#running++;
		const run = this.#tail.then(async () => {
			try {
				await task();
			} catch (error) {
				this.#error = t.saveFailed;
				console.error(error);
			} finally {
				this.#running--;
			}
		});
		this.#tail = run;
		return run;
	}

	#announce(text: string) {
		this.#announcement = text;
		this.#announced++;
	}

	/**
	 * Reads a card's stored state into the session. Reads run one after another, so the last
	 * one asked for (after the latest write anyone made) is the one that stays.
	 */
	#refreshCard(cardId: string): Promise<void> {
		const key = `${this.bankId}/${cardId}`;
		this.#reads = this.#reads.then(async () => {
			this.#setState(cardId, (await this.#store.storage.get('cards', key)) ?? null);
		});
		return this.#reads;
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

	/** Loads the scheduler once; the answer buttons show their intervals from then on. */
	async #loadEngine(): Promise<void> {
		if (!this.#engine) this.#engine = await loadEngine();
	}

	/** "Pokaż odpowiedź" (after any action still being saved); resolves once the intervals show. */
	reveal(): Promise<void> {
		const show = () => {
			if (!this.#currentId) return;
			this.#pinned = this.#practice ? this.#pinned : this.#currentId;
			// The buttons' intervals are computed for this moment, and the rating is given at it,
			// so each button leads exactly where it says (fuzz depends on the review time).
			this.#now = this.#clock();
			this.#revealed = true;
		};
		if (!this.busy) {
			show();
			return this.#loadEngine();
		}
		return this.#enqueue(show).then(() => this.#loadEngine());
	}

	/** Rates the current card; resolves once its log entry and derived state are stored. */
	rate(rating: RatingValue): Promise<void> {
		return this.#enqueue(async () => {
			const cardId = this.#currentId;
			if (!cardId || !this.#revealed) return;
			if (this.#practice) {
				this.#practiceNext(rating);
				return;
			}
			const now = this.#now;
			const flags = flagsOf(this.#states.get(cardId));
			const rated = await this.#store.rate(this.bankId, cardId, rating, this.#settings, now);
			this.#error = rated.ok ? null : t.saveFailed;
			this.#setState(cardId, rated.card);
			// Another tab may have rated the same card meanwhile: the stored state has both.
			if (rated.ok) await this.#refreshCard(cardId);
			this.#today = await this.#store.today(this.bankId, this.#settings, now);
			this.#undo = [...this.#undo, { type: 'rating', cardId, entry: rated.log, flags }];
			this.#announce(t.rated(srsText.ratings[rating - 1]!, intervalBetween(now, rated.card.due)));
			this.#leechNotice = rated.leechReached
				? t.leech(rated.card.lapses) + (rated.card.suspended ? ` ${t.leechSuspended}` : '')
				: null;
			this.#advance();
		});
	}

	/** "Cofnij": the last rating, burying or suspending is undone, in one step. */
	undo(): Promise<void> {
		return this.#enqueue(async () => {
			const step = this.#undo.at(-1);
			if (!step || this.#practice) return;
			const result =
				step.type === 'rating'
					? await this.#store.undoRating(step.entry, step.flags, this.#settings)
					: await this.#store.restoreFlags(this.bankId, step.cardId, step.flags, this.#clock());
			this.#error = result.ok ? null : t.saveFailed;
			this.#setState(step.cardId, result.card ?? null);
			if (step.type === 'rating') {
				this.#today = await this.#store.today(this.bankId, this.#settings, this.#clock());
			}
			this.#undo = this.#undo.slice(0, -1);
			this.#leechNotice = null;
			this.#announce(t.undone);
			this.#revealed = false;
			this.#now = this.#clock();
			this.#pinned = step.cardId;
		});
	}

	#flag(
		apply: (
			cardId: string,
			now: Date
		) => Promise<{ ok: boolean; card: CardStateRecord | undefined }>,
		message: string
	): Promise<void> {
		return this.#enqueue(async () => {
			const cardId = this.#currentId;
			if (!cardId || this.#practice) return;
			const flags = flagsOf(this.#states.get(cardId));
			const result = await apply(cardId, this.#clock());
			this.#error = result.ok ? null : t.saveFailed;
			this.#setState(cardId, result.card ?? null);
			this.#undo = [...this.#undo, { type: 'flags', cardId, flags }];
			this.#announce(message);
			this.#leechNotice = null;
			this.#advance();
		});
	}

	/** "Odłóż do jutra": hidden until the next learning day starts. */
	bury(): Promise<void> {
		return this.#flag(
			(cardId, now) =>
				this.#store.bury(this.bankId, cardId, nextDayStart(now, this.#settings.dayStartHour), now),
			t.buried
		);
	}

	/** "Zawieś": out of every queue until unsuspended on the statistics page. */
	suspend(): Promise<void> {
		return this.#flag(
			(cardId, now) => this.#store.suspend(this.bankId, cardId, true, now),
			t.suspended
		);
	}

	/** "Więcej nowych fiszek": raises today's new-card limit by `n` (kept across tabs). */
	moreNew(n = 10): Promise<void> {
		return this.#enqueue(async () => {
			const now = this.#clock();
			const { ok, settings } = await this.#store.updateSettings(this.bankId, (s) => ({
				...s,
				extraNew: { day: dayKey(now, s.dayStartHour), count: extraNewToday(s, now) + n },
				updatedAt: now.getTime()
			}));
			this.#error = ok ? null : srsText.settings.saveFailed;
			this.#settings = settings;
			this.#advance();
		});
	}

	/**
	 * "Powtórka dodatkowa": every card not suspended, weakest first (new ones last). Nothing is
	 * stored: the schedule and the review log stay as they are.
	 */
	startPractice() {
		const ids = this.cards.map((c) => c.id);
		const stateOf = (id: string) => this.#states.get(id)?.state ?? CARD_STATE.new;
		const seen = ids
			.filter((id) => stateOf(id) !== CARD_STATE.new && !this.#states.get(id)?.suspended)
			.sort((a, b) => this.#states.get(a)!.stability - this.#states.get(b)!.stability);
		const fresh = ids.filter(
			(id) => stateOf(id) === CARD_STATE.new && !this.#states.get(id)?.suspended
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
		this.#practice = rating === RATING.again ? [...rest, first] : rest;
		this.#revealed = false;
		this.#announce(srsText.ratings[rating - 1]!);
	}
}
