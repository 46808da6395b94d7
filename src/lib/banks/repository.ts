/**
 * The bank repository: the only reader of bank data for pages. Built-in banks come from the
 * data files the build emits (`/banks/index.json`, `/banks/<id>.json`, precached by the
 * service worker), banks on the device from the storage kind `banks`. Both are validated by
 * the build's validator (`bank/validate.ts`) before a page sees them, and look the same to
 * every feature; a local bank is marked `local` ("Twój zestaw").
 */
import type { Bank, LoadedBank } from '../bank/types';
import { parseSource } from '../bank/source';
import { validateBank } from '../bank/validate';
import { polishCollator } from '../format';
import { parseBankFileValue, TEXT_FIELD } from './format';
import { isLocalId } from './ids';
import type { LocalBankRecord } from './record';
import { summarise, type BankSummary } from './summary';

/** A bank as pages see it: validated, with its parsed text and the text itself. */
export interface RepoBank extends LoadedBank {
	/** The text exactly as written, for "Eksportuj zestaw". */
	text: string;
	/** True for a bank stored on the device. */
	local: boolean;
}

/** Where built-in banks come from (the emitted data files). */
export interface BuiltInSource {
	/** The parsed `/banks/index.json`. */
	index(): Promise<unknown>;
	/** The parsed `/banks/<id>.json`. */
	file(id: string): Promise<unknown>;
}

/** Where banks on the device are kept (records already validated on read). */
export interface LocalBankStore {
	list(): Promise<LocalBankRecord[]>;
	get(id: string): Promise<LocalBankRecord | undefined>;
	/** False when the record could not be stored. */
	put(id: string, record: LocalBankRecord): Promise<boolean>;
	remove(id: string): Promise<boolean>;
}

/** Thrown when the built-in banks' data cannot be read (offline before the first visit). */
export class BankLoadError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BankLoadError';
	}
}

function isSummary(value: unknown): value is BankSummary {
	const s = value as BankSummary | null;
	return (
		typeof s?.id === 'string' &&
		typeof s.title === 'string' &&
		typeof s.description === 'string' &&
		Array.isArray(s.cardIds)
	);
}

function localSummary(record: LocalBankRecord): BankSummary {
	return summarise({ bank: record.bank, blocks: parseSource(record.text), evidence: {} }, true);
}

export class BankRepository {
	#builtIn: BuiltInSource;
	#local: LocalBankStore;
	#index: Promise<BankSummary[]> | null = null;
	#files = new Map<string, Promise<RepoBank>>();

	constructor(builtIn: BuiltInSource, local: LocalBankStore) {
		this.#builtIn = builtIn;
		this.#local = local;
	}

	/** The built-in banks' summaries, read once. */
	#builtInIndex(): Promise<BankSummary[]> {
		this.#index ??= this.#builtIn.index().then(
			(value) => {
				if (!Array.isArray(value) || !value.every(isSummary)) {
					throw new BankLoadError('spis zestawów jest uszkodzony');
				}
				return value.map((s) => ({ ...s, local: false }));
			},
			(e: unknown) => {
				this.#index = null;
				throw new BankLoadError(`nie udało się wczytać spisu zestawów: ${String(e)}`);
			}
		);
		return this.#index;
	}

	/**
	 * Built-in banks first (in the build's order), then banks on the device by title.
	 * @param local false to leave out the banks on the device
	 */
	async list(local = true): Promise<BankSummary[]> {
		const [builtIn, records] = await Promise.all([
			this.#builtInIndex(),
			local ? this.#local.list() : []
		]);
		const mine = records
			.map(localSummary)
			.sort((a, b) => polishCollator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1));
		return [...builtIn, ...mine];
	}

	/** Every id in use, built-in and local (to choose a free one on import). */
	async ids(): Promise<Set<string>> {
		return new Set((await this.list()).map((b) => b.id));
	}

	/** The bank with this id and its text, or undefined when there is none. */
	async get(id: string): Promise<RepoBank | undefined> {
		if (isLocalId(id)) {
			const record = await this.#local.get(id);
			if (!record || record.bank.id !== id) return undefined;
			const result = validateBank(record.bank, record.text, id, TEXT_FIELD);
			// The store validated the record with the same rules; this only adds blocks/evidence.
			if (!result.ok) return undefined;
			return { ...result.loaded, text: record.text, local: true };
		}
		const index = await this.#builtInIndex();
		if (!index.some((s) => s.id === id)) return undefined;
		let file = this.#files.get(id);
		if (!file) {
			file = this.#loadBuiltIn(id);
			this.#files.set(id, file);
			file.catch(() => this.#files.delete(id));
		}
		return file;
	}

	async #loadBuiltIn(id: string): Promise<RepoBank> {
		let value: unknown;
		try {
			value = await this.#builtIn.file(id);
		} catch (e) {
			throw new BankLoadError(`nie udało się wczytać zestawu ${id}: ${String(e)}`);
		}
		const result = parseBankFileValue(value, `${id}.json`);
		if (!result.ok) throw new BankLoadError(`zestaw ${id} jest uszkodzony`);
		return { ...result.loaded, text: result.text, local: false };
	}

	/**
	 * Stores `bank` with its `text` on the device under the local id `id` (replacing a bank
	 * with that id; its `addedAt` is kept). Progress is keyed by bank and item id, so a
	 * replaced bank keeps the progress of every item it still has.
	 * @param now ms since epoch
	 * @returns false when the bank could not be stored (nothing changed)
	 */
	async saveLocal(bank: Bank, text: string, id: string, now: number): Promise<boolean> {
		if (!isLocalId(id)) throw new Error(`not a local bank id: ${id}`);
		const existing = await this.#local.get(id);
		return this.#local.put(id, {
			bank: { ...bank, id },
			text,
			addedAt: existing?.addedAt ?? now,
			updatedAt: now
		});
	}

	/** Removes the local bank `id` (its progress stays unless removed separately). */
	async deleteLocal(id: string): Promise<boolean> {
		if (!isLocalId(id)) throw new Error(`not a local bank id: ${id}`);
		return this.#local.remove(id);
	}
}
