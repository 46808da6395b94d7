/**
 * A bank's flashcard progress in storage, with the review log as the source of truth.
 *
 * A rating is one durable write: its log entry, under a globally unique id. Everything else —
 * the card's state and the day summary — is derived from the log and can be re-derived at any
 * time. A journal record written just before the log changes names the card (and the entry),
 * and is removed once the derived records are written; whatever a crash leaves in the journal
 * is finished by the next reader (`open`), and by every other tab as soon as it hears of it.
 * Derivation of a card runs under a lock shared by every tab and reads the card's entries
 * afresh, so two tabs rating the same card at once end with the same state.
 *
 * Opening a bank reads its card states, one day summary and the (small) journal — never the
 * whole log, which only statistics and exports read. A store from an older version (no index
 * marker, or a different day start hour) is rebuilt from its whole log once.
 */
import { storage as appStorage, uniqueId, type Storage } from '$lib/storage';
import { dayKey } from './day';
import type { CardFlags } from './derive';
import { doneFromSummary, summariesOf, summaryWith, summaryWithout } from './summary';
import type { DoneToday } from './queue';
import {
	byReviewOrder,
	cardKey,
	dayRecordKey,
	INDEX_VERSION,
	indexKey,
	settingsKey,
	type CardStateRecord,
	type DaySummary,
	type DaysRecord,
	type JournalRecord,
	type RatingValue,
	type ReviewLogRecord,
	type SrsSettings
} from './records';
import type { Rated } from './scheduler';
import { defaultSettings } from './settings';

/**
 * The scheduler (ts-fsrs), loaded the first time a card is rated, derived or flagged: opening a
 * bank for its due counts never needs it. The service worker precaches it like every chunk.
 */
export const loadEngine = () => import('./engine');

function sameSummary(a: DaysRecord, b: DaySummary): boolean {
	if (a.type !== 'day' || a.hour !== b.hour || a.day !== b.day) return false;
	const ka = Object.keys(a.entries);
	return (
		ka.length === Object.keys(b.entries).length && ka.every((k) => a.entries[k] === b.entries[k])
	);
}

/** Journal records younger than this may belong to a tab still at work: they are finished, not removed. */
const JOURNAL_GRACE_MS = 30_000;

/** What a bank's opening reads: states, today's counts, settings. */
export interface BankSnapshot {
	states: Map<string, CardStateRecord>;
	/** Today's summary (new cards and reviews done), for the queue. */
	today: DaySummary | undefined;
	settings: SrsSettings;
}

/** Everything stored about a bank's flashcards, the whole log included (statistics). */
export interface BankProgress {
	states: Map<string, CardStateRecord>;
	/** The bank's review log, in no particular order. */
	logs: ReviewLogRecord[];
	settings: SrsSettings;
}

/** The flags of a card, as they were (for undo). */
export function flagsOf(record: CardStateRecord | undefined): CardFlags {
	return {
		suspended: record?.suspended ?? false,
		leech: record?.leech ?? false,
		...(record?.buriedUntil ? { buriedUntil: record.buriedUntil } : {})
	};
}

export class ProgressStore {
	readonly storage: Storage;
	/** Banks whose index was checked by this store (the check is one read per visit). */
	#indexed = new Map<string, Promise<void>>();
	/** Journal records being finished by this store (each once at a time). */
	#finishing = new Map<string, Promise<void>>();
	/** Journal records of this store's own ratings and undos in flight (it finishes them itself). */
	#mine = new Set<string>();

	constructor(storage: Storage = appStorage) {
		this.storage = storage;
	}

	/** The bank's settings, or the defaults. */
	async settings(bankId: string): Promise<SrsSettings> {
		const stored = await this.storage.get('settings', settingsKey(bankId));
		return stored?.type === 'srs' ? stored : defaultSettings(bankId);
	}

	/** Card states by card id. */
	async states(bankId: string): Promise<Map<string, CardStateRecord>> {
		const rows = await this.storage.list('cards', `${bankId}/`);
		return new Map(
			rows.filter((r) => r.data.bankId === bankId).map((r) => [r.data.cardId, r.data])
		);
	}

	/** The summary of the learning day containing `now`. */
	async today(bankId: string, settings: SrsSettings, now: Date): Promise<DaySummary | undefined> {
		const stored = await this.storage.get(
			'days',
			dayRecordKey(bankId, dayKey(now, settings.dayStartHour))
		);
		return stored?.type === 'day' && stored.hour === settings.dayStartHour ? stored : undefined;
	}

	/** Today's new cards and reviews. */
	async doneToday(bankId: string, settings: SrsSettings, now: Date): Promise<DoneToday> {
		return doneFromSummary(await this.today(bankId, settings, now));
	}

	/**
	 * Makes the bank's derived records agree with its log: rebuilds them from the whole log when
	 * the store is older than the index (or the day start hour changed), and finishes whatever
	 * the journal holds. Cheap when nothing is pending: two small reads.
	 */
	async open(bankId: string, settings?: SrsSettings): Promise<SrsSettings> {
		const s = settings ?? (await this.settings(bankId));
		const key = `${bankId}@${s.dayStartHour}`;
		let check = this.#indexed.get(key);
		if (!check) {
			check = this.#ensureIndex(bankId, s);
			this.#indexed.set(key, check);
			check.catch(() => this.#indexed.delete(key));
		}
		await check;
		await this.finishJournal(bankId);
		return s;
	}

	/** What opening a bank needs: states, today's summary, settings. */
	async load(bankId: string, now: Date): Promise<BankSnapshot> {
		const settings = await this.open(bankId);
		const [states, today] = await Promise.all([
			this.states(bankId),
			this.today(bankId, settings, now)
		]);
		return { states, today, settings };
	}

	/** Everything, the whole log included (statistics). */
	async loadAll(bankId: string): Promise<BankProgress> {
		const settings = await this.open(bankId);
		// Statistics do not depend on the order: sorting 100k entries would be one long task.
		const [states, logs] = await Promise.all([
			this.states(bankId),
			this.logs(bankId, { sorted: false })
		]);
		return { states, logs, settings };
	}

	/** The bank's review log, in (review time, id) order unless `sorted: false`: reads the whole log. */
	async logs(bankId: string, { sorted = true } = {}): Promise<ReviewLogRecord[]> {
		const rows = await this.storage.list('reviews');
		const logs = rows.map((r) => r.data).filter((l) => l.bankId === bankId);
		return sorted ? logs.sort(byReviewOrder) : logs;
	}

	async #ensureIndex(bankId: string, settings: SrsSettings) {
		const fresh = (i: unknown) =>
			(i as { type?: string; version?: number; hour?: number } | undefined)?.type === 'index' &&
			(i as { version: number }).version >= INDEX_VERSION &&
			(i as { hour: number }).hour === settings.dayStartHour;
		if (fresh(await this.storage.get('days', indexKey(bankId)))) return;
		await this.storage.withLock(`srs-rebuild/${bankId}`, async () => {
			if (fresh(await this.storage.get('days', indexKey(bankId)))) return;
			await this.rebuild(bankId, settings);
		});
	}

	/**
	 * Re-derives a bank from its whole log: card states that do not reflect exactly their
	 * entries, and every day summary. A state from an older version is adopted as it is when
	 * its repetitions match its entries, re-derived when the log holds more, and kept as the
	 * origin of its derivation (reported in the index's `unlogged`) when entries are missing.
	 */
	async rebuild(
		bankId: string,
		settings?: SrsSettings,
		only?: readonly string[]
	): Promise<boolean> {
		const s = settings ?? (await this.settings(bankId));
		const logs = await this.logs(bankId);
		const byCard = new Map<string, ReviewLogRecord[]>();
		for (const e of logs) {
			let list = byCard.get(e.cardId);
			if (!list) byCard.set(e.cardId, (list = []));
			list.push(e);
		}
		const states = await this.states(bankId);
		const cardIds = only?.length ? only : [...new Set([...states.keys(), ...byCard.keys()])];
		const unlogged: string[] = [];
		let ok = true;
		for (const cardId of cardIds) {
			const result = await this.#derive(bankId, cardId, s, {
				known: byCard.get(cardId) ?? [],
				legacy: true
			});
			ok = result.ok && ok;
			if (result.unlogged) unlogged.push(cardId);
		}
		ok = (await this.#rewriteSummaries(bankId, logs, s.dayStartHour)) && ok;
		if (ok) {
			const before = await this.storage.get('days', indexKey(bankId));
			const wanted = (keep: string[]) => [...new Set([...keep, ...unlogged])].sort();
			const keep =
				before?.type === 'index' ? before.unlogged.filter((c) => !cardIds.includes(c)) : [];
			const index = {
				type: 'index' as const,
				bankId,
				version: INDEX_VERSION,
				hour: s.dayStartHour,
				unlogged: wanted(keep)
			};
			if (!before || JSON.stringify(before) !== JSON.stringify(index)) {
				ok = await this.storage.put('days', indexKey(bankId), index);
			}
		}
		if (unlogged.length) {
			console.info(
				`Kartkówka: ${unlogged.length} fiszek zestawu ${bankId} ma postęp bez wpisów w dzienniku powtórek — zachowano zapisany stan.`
			);
		}
		return ok;
	}

	async #rewriteSummaries(bankId: string, logs: ReviewLogRecord[], hour: number) {
		const wanted = summariesOf(bankId, logs, hour);
		const known = new Set(logs.map((l) => l.id));
		let ok = true;
		for (const { key, data } of await this.storage.list('days', `${bankId}/`)) {
			if (data.type !== 'day' || data.bankId !== bankId) continue;
			if (!wanted.has(data.day) || data.hour !== hour)
				ok = (await this.storage.remove('days', key)) && ok;
		}
		for (const [day, summary] of wanted) {
			ok =
				(await this.storage.update('days', dayRecordKey(bankId, day), (current) => {
					// Entries added by another tab since the log was read stay.
					const extra =
						current?.type === 'day' && current.hour === hour
							? Object.entries(current.entries).filter(([id]) => !known.has(id))
							: [];
					const next = {
						...summary,
						entries: { ...summary.entries, ...Object.fromEntries(extra) }
					};
					return current && sameSummary(current, next) ? undefined : next;
				})) && ok;
		}
		return ok;
	}

	/**
	 * Re-derives one card under the card's lock: its stored state, the entries it lists and
	 * `candidates` (ids whose presence may have changed) are read afresh.
	 */
	async #derive(
		bankId: string,
		cardId: string,
		settings: SrsSettings,
		opts: {
			candidates?: readonly string[];
			known?: readonly ReviewLogRecord[];
			flags?: CardFlags;
			legacy?: boolean;
		}
	): Promise<{ ok: boolean; card: CardStateRecord | undefined; unlogged?: boolean }> {
		const key = cardKey(bankId, cardId);
		const { adoptLog, deriveCard } = await loadEngine();
		return this.storage.withLock(`cards/${key}`, async () => {
			const base = await this.storage.get('cards', key);
			const entries = new Map((opts.known ?? []).map((e) => [e.id, e]));
			const wanted = new Set([...(base?.log ?? []), ...(opts.candidates ?? [])]);
			for (const id of wanted) {
				if (entries.has(id) && !opts.candidates?.includes(id)) continue;
				const e = await this.storage.get('reviews', id);
				if (e && e.bankId === bankId && e.cardId === cardId) entries.set(id, e);
				else entries.delete(id);
			}
			const list = [...entries.values()];
			const now = new Date();
			let next: CardStateRecord | undefined;
			let unlogged = false;
			if (opts.legacy && base?.origin && base.log.length === 0) {
				// A state stored before the log was the source of truth.
				if (list.length === base.origin.reps) next = adoptLog(base, list, now);
				else if (list.length > base.origin.reps) {
					// More entries than repetitions (two tabs rated it at once): the log wins.
					const flags = flagsOf(base);
					next = deriveCard({
						bankId,
						cardId,
						entries: list,
						base: undefined,
						settings,
						flags,
						now
					});
				} else {
					unlogged = true;
					next = list.length
						? { ...base, log: list.sort(byReviewOrder).map((e) => e.id), updatedAt: now.getTime() }
						: base;
				}
			} else {
				next = deriveCard({
					bankId,
					cardId,
					entries: list,
					base,
					settings,
					flags: opts.flags,
					now
				});
			}
			if (next === base) return { ok: true, card: base, unlogged };
			const ok = next
				? await this.storage.put('cards', key, next)
				: base
					? await this.storage.remove('cards', key)
					: true;
			return { ok, card: next, unlogged };
		});
	}

	/** Finishes the bank's journal records (idempotent; every tab may do it). */
	async finishJournal(bankId?: string): Promise<void> {
		const rows = await this.storage.list('journal');
		for (const { key, data } of rows) {
			if (bankId && data.bankId !== bankId) continue;
			await this.finish(key, data);
		}
	}

	/** Finishes one journal record: re-derives what it names, then removes it if it is old. */
	finish(key: string, record?: JournalRecord): Promise<void> {
		if (this.#mine.has(key)) return Promise.resolve();
		let task = this.#finishing.get(key);
		if (!task) {
			task = this.#finish(key, record).finally(() => this.#finishing.delete(key));
			this.#finishing.set(key, task);
		}
		return task;
	}

	async #finish(key: string, given?: JournalRecord) {
		const record = given ?? (await this.storage.get('journal', key));
		if (!record) return;
		const settings = await this.settings(record.bankId);
		let ok = true;
		if (record.rebuild) {
			ok = await this.storage.withLock(`srs-rebuild/${record.bankId}`, () =>
				this.rebuild(record.bankId, settings, record.cardIds)
			);
		} else {
			ok = await this.#apply(record, settings);
		}
		// A rebuild is whole once done; a rating's record may still be its tab's work in flight.
		if (ok && (record.rebuild || Date.now() - record.createdAt > JOURNAL_GRACE_MS)) {
			await this.storage.remove('journal', key);
		}
	}

	/** Derives the cards and day summaries a (rating or undo) journal record names. */
	async #apply(record: JournalRecord, settings: SrsSettings): Promise<boolean> {
		let ok = true;
		const byCard = new Map<string, string[]>();
		for (const e of record.entries) byCard.set(e.cardId, [...(byCard.get(e.cardId) ?? []), e.id]);
		for (const id of record.cardIds) if (!byCard.has(id)) byCard.set(id, []);
		for (const [cardId, ids] of byCard) {
			const flags =
				record.restore?.cardId === cardId
					? {
							suspended: record.restore.suspended,
							leech: record.restore.leech,
							...(record.restore.buriedUntil ? { buriedUntil: record.restore.buriedUntil } : {})
						}
					: undefined;
			ok =
				(await this.#derive(record.bankId, cardId, settings, { candidates: ids, flags })).ok && ok;
		}
		for (const { id, day } of record.entries) {
			const entry = await this.storage.get('reviews', id);
			const key = dayRecordKey(record.bankId, day);
			ok =
				(await this.storage.update('days', key, (current) => {
					const summary = current?.type === 'day' ? current : undefined;
					if (!entry || entry.bankId !== record.bankId) return summaryWithout(summary, id);
					// Already counted: nothing to write (so finishing a record twice writes nothing).
					if (summary?.hour === settings.dayStartHour && summary.entries[id] === entry.state) {
						return undefined;
					}
					return summaryWith(summary, entry, settings.dayStartHour);
				})) && ok;
		}
		return ok;
	}

	/**
	 * Rates a card: writes the journal record, the log entry (the rating is stored from this
	 * moment), then the derived card state and day summary. Resolves with the stored state.
	 */
	async rate(
		bankId: string,
		cardId: string,
		rating: RatingValue,
		settings: SrsSettings,
		now: Date
	): Promise<Rated & { ok: boolean }> {
		const key = cardKey(bankId, cardId);
		const [before, { rateCard }] = await Promise.all([
			this.storage.get('cards', key),
			loadEngine()
		]);
		const logId = uniqueId('r', now.getTime());
		const rated = rateCard(before, { bankId, cardId, logId }, rating, settings, now);
		const day = dayKey(now, settings.dayStartHour);
		const journalKey = uniqueId('j', now.getTime());
		const journal: JournalRecord = {
			bankId,
			entries: [{ id: logId, cardId, day }],
			cardIds: [],
			rebuild: false,
			createdAt: Date.now()
		};
		this.#mine.add(journalKey);
		let ok = await this.storage.put('journal', journalKey, journal);
		ok = (await this.storage.put('reviews', logId, rated.log)) && ok;
		// A rating clears "Odłóż do jutra"; suspended and leech stay.
		const flags = { suspended: before?.suspended ?? false, leech: before?.leech ?? false };
		const derived = await this.#derive(bankId, cardId, settings, { candidates: [logId], flags });
		ok = derived.ok && ok;
		ok =
			(await this.storage.update('days', dayRecordKey(bankId, day), (current) =>
				summaryWith(current?.type === 'day' ? current : undefined, rated.log, settings.dayStartHour)
			)) && ok;
		if (ok) await this.storage.remove('journal', journalKey);
		this.#mine.delete(journalKey);
		const card = derived.card ?? rated.card;
		return { ...rated, card, leechReached: rated.leechReached, ok };
	}

	/**
	 * Undoes a rating: removes its log entry and re-derives the card, with the flags it had
	 * before (`flags`). Resolves with the card's state afterwards.
	 */
	async undoRating(
		entry: ReviewLogRecord,
		flags: CardFlags,
		settings: SrsSettings
	): Promise<{ ok: boolean; card: CardStateRecord | undefined }> {
		const { bankId, cardId, id } = entry;
		const day = dayKey(entry.review, settings.dayStartHour);
		const journalKey = uniqueId('j', Date.now());
		this.#mine.add(journalKey);
		let ok = await this.storage.put('journal', journalKey, {
			bankId,
			entries: [{ id, cardId, day }],
			cardIds: [],
			rebuild: false,
			restore: { cardId, ...flags },
			createdAt: Date.now()
		});
		ok = (await this.storage.remove('reviews', id)) && ok;
		const derived = await this.#derive(bankId, cardId, settings, { candidates: [id], flags });
		ok = derived.ok && ok;
		ok =
			(await this.storage.update('days', dayRecordKey(bankId, day), (current) =>
				summaryWithout(current?.type === 'day' ? current : undefined, id)
			)) && ok;
		if (ok) await this.storage.remove('journal', journalKey);
		this.#mine.delete(journalKey);
		return { ok, card: derived.card };
	}

	/** Changes a card's flags (bury, suspend, unsuspend, undo of those) in one locked write. */
	async setFlags(
		bankId: string,
		cardId: string,
		change: (record: CardStateRecord, now: Date) => CardStateRecord,
		now: Date
	): Promise<{ ok: boolean; card: CardStateRecord | undefined }> {
		let card: CardStateRecord | undefined;
		const { newCardState } = await loadEngine();
		const ok = await this.storage.update('cards', cardKey(bankId, cardId), (current) => {
			card = change(current ?? newCardState(bankId, cardId, now), now);
			return card;
		});
		return { ok, card };
	}

	/** "Odłóż do jutra" until `until`. */
	async bury(bankId: string, cardId: string, until: Date, now: Date) {
		const { buryCard } = await loadEngine();
		return this.setFlags(bankId, cardId, (r, at) => buryCard(r, until, at), now);
	}

	/** "Zawieś" / "Odwieś". */
	async suspend(bankId: string, cardId: string, suspended: boolean, now: Date) {
		const { setSuspended } = await loadEngine();
		return this.setFlags(bankId, cardId, (r, at) => setSuspended(r, suspended, at), now);
	}

	/** Puts back the flags a card had (undo of bury or suspend). */
	restoreFlags(bankId: string, cardId: string, flags: CardFlags, now: Date) {
		return this.setFlags(
			bankId,
			cardId,
			(r, at) => {
				const { buriedUntil: _b, ...rest } = r;
				void _b;
				return { ...rest, ...flags, updatedAt: at.getTime() };
			},
			now
		);
	}

	/**
	 * Reads a bank's settings, lets `change` edit them and writes the result, atomically across
	 * tabs: a field another tab saved meanwhile (e.g. `extraNew`) is never lost.
	 */
	async updateSettings(
		bankId: string,
		change: (current: SrsSettings) => SrsSettings | undefined
	): Promise<{ ok: boolean; settings: SrsSettings }> {
		let settings: SrsSettings = defaultSettings(bankId);
		const ok = await this.storage.update('settings', settingsKey(bankId), (current) => {
			const base = current?.type === 'srs' ? current : defaultSettings(bankId);
			const next = change(base);
			settings = next ?? base;
			return next;
		});
		return { ok, settings };
	}
}

/** The app's flashcard progress, on the app's storage. */
export const progress = new ProgressStore();
