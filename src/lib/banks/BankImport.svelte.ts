/**
 * "Dodaj zestaw": reads a bank file, shows what is in it and every problem, and stores it
 * only when the whole bank is valid. One instance per page.
 *
 * Seam for other sources: the authoring flow ("Wklej tekst") and the interop parsers produce
 * a `BankFileResult` (a validated bank with its text, or its problems) and hand it to
 * `show(result, name)`; saving is then the same for every source.
 */
import type { Bank } from '../bank/types';
import { banks } from './index';
import type { BankFileResult } from './format';
import { banksChanged } from './hydration';
import { importTarget, previewOf, type BankPreview, type ImportTarget } from './importing';
import { showProblem, type ShownProblem } from './problems';
import { banksText } from './strings';

/** Largest bank file accepted, in bytes (the reason is in `banksText.add.tooBig`). */
export const MAX_BANK_FILE_BYTES = 1_000_000;

export type ImportStep = 'idle' | 'reading' | 'invalid' | 'valid' | 'saving' | 'saved';
export type SaveChoice = 'replace' | 'copy';

const text = banksText.add;

export class BankImport {
	#step = $state<ImportStep>('idle');
	#name = $state('');
	#problems = $state<ShownProblem[]>([]);
	#preview = $state<BankPreview | null>(null);
	#target = $state<ImportTarget | null>(null);
	#existingTitle = $state('');
	#error = $state('');
	#savedId = $state('');
	#valid: { bank: Bank; text: string } | null = null;
	/** Counts calls, so a file opened while another is still read wins. */
	#ticket = 0;

	get step() {
		return this.#step;
	}
	/** Name of the file (or source) shown. */
	get name() {
		return this.#name;
	}
	/** Every problem, item by item, in Polish (step 'invalid'). */
	get problems(): readonly ShownProblem[] {
		return this.#problems;
	}
	get preview() {
		return this.#preview;
	}
	/** Where the bank will be stored; `exists` asks the teacher to replace or keep both. */
	get target() {
		return this.#target;
	}
	/** Title of the bank already stored under `target.id`. */
	get existingTitle() {
		return this.#existingTitle;
	}
	/** Why saving failed, in Polish ('' when it did not). */
	get error() {
		return this.#error;
	}
	/** Id of the stored bank (step 'saved'). */
	get savedId() {
		return this.#savedId;
	}

	#reset(name: string) {
		this.#name = name;
		this.#problems = [];
		this.#preview = null;
		this.#target = null;
		this.#existingTitle = '';
		this.#error = '';
		this.#savedId = '';
		this.#valid = null;
	}

	/** Reads and checks a bank file chosen by the teacher. Nothing is stored. */
	async open(file: File): Promise<void> {
		const ticket = ++this.#ticket;
		this.#reset(file.name);
		if (file.size > MAX_BANK_FILE_BYTES) {
			this.#fail(text.tooBig(file.size, MAX_BANK_FILE_BYTES));
			return;
		}
		this.#step = 'reading';
		let content: string;
		try {
			content = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
		} catch {
			if (ticket === this.#ticket) this.#fail(text.notText);
			return;
		}
		// The YAML parser is loaded only here, not with every page.
		const { parseBankFile } = await import('./file');
		const result = parseBankFile(content, file.name);
		if (ticket === this.#ticket) await this.show(result, file.name, ticket);
	}

	/** Shows a checked bank from any source (file, pasted text, another app's export). */
	async show(result: BankFileResult, name: string, ticket = ++this.#ticket): Promise<void> {
		this.#reset(name);
		if (!result.ok) {
			this.#problems = result.problems.map(showProblem);
			this.#step = 'invalid';
			return;
		}
		const target = importTarget(result.loaded.bank, await banks.ids());
		const existing = target.exists ? await banks.get(target.id) : undefined;
		if (ticket !== this.#ticket) return;
		this.#valid = { bank: result.loaded.bank, text: result.text };
		this.#preview = previewOf(result.loaded);
		this.#target = target;
		this.#existingTitle = existing?.bank.title ?? '';
		this.#step = 'valid';
	}

	#fail(rule: string) {
		this.#problems = [{ where: 'Zestaw', rule }];
		this.#step = 'invalid';
	}

	/**
	 * Stores the bank shown. `choice` matters only when its id is taken: replace that bank
	 * (progress kept by item id) or keep both (the new one gets `target.copyId`).
	 * @param now ms since epoch
	 */
	async save(choice: SaveChoice, now: number): Promise<boolean> {
		const valid = this.#valid;
		const target = this.#target;
		if (!valid || !target || this.#step !== 'valid') return false;
		const id = target.exists && choice === 'copy' ? target.copyId : target.id;
		this.#step = 'saving';
		this.#error = '';
		const ok = await banks.saveLocal(valid.bank, valid.text, id, now);
		if (!ok) {
			this.#error = text.saveFailed;
			this.#step = 'valid';
			return false;
		}
		await banksChanged();
		this.#savedId = id;
		this.#step = 'saved';
		return true;
	}
}
