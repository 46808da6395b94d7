/**
 * "Dodaj zestaw" from another app (Moodle GIFT or XML, Aiken, Anki, Quizlet, CSV): reads a file
 * or pasted text, shows what will be imported and what will be skipped and why, lets the
 * teacher name the bank, and stores it as a bank without a text (`source: none`) only when
 * confirmed. The interop parsers are loaded only when something is read. One instance per page.
 */
import type { ImportFormat, ImportResult, QuizletOptions } from '$lib/interop';
import type { ImportPreview } from '$lib/interop/preview';
import { banks } from './index';
import { banksChanged } from './hydration';
import { freeId, localIdFor } from './ids';
import { banksText } from './strings';

export type OtherAppStep = 'idle' | 'reading' | 'refused' | 'preview' | 'saving' | 'saved';

/** What the teacher chose for pasted text. */
export interface PasteOptions {
	/** A format, or undefined to recognise it by the content. */
	format?: ImportFormat;
	/** Separators, used when the text is Quizlet's. */
	quizlet?: QuizletOptions;
}

const text = banksText.other;

export class OtherAppImport {
	#step = $state<OtherAppStep>('idle');
	#name = $state('');
	#preview = $state<ImportPreview | null>(null);
	#title = $state('');
	#error = $state('');
	#savedId = $state('');
	#savedTitle = $state('');
	#result: ImportResult | null = null;
	/** Counts reads, so the latest file or paste wins. */
	#ticket = 0;

	get step() {
		return this.#step;
	}
	/** The file's name, or "tekst wklejony". */
	get name() {
		return this.#name;
	}
	get preview() {
		return this.#preview;
	}
	/** The title the bank will get; the teacher may change it. */
	get title() {
		return this.#title;
	}
	set title(value: string) {
		this.#title = value;
	}
	/** Why saving failed (or the title is missing), in Polish; '' when it did not. */
	get error() {
		return this.#error;
	}
	/** Id of the stored bank (step 'saved'). */
	get savedId() {
		return this.#savedId;
	}
	get savedTitle() {
		return this.#savedTitle;
	}

	#begin(name: string): number {
		this.#name = name;
		this.#preview = null;
		this.#error = '';
		this.#savedId = '';
		this.#result = null;
		this.#step = 'reading';
		return ++this.#ticket;
	}

	/**
	 * Loads every parser now (the page just opened), so a file is read at once and, cached by
	 * the service worker, also offline later.
	 */
	async prepare(): Promise<void> {
		try {
			await (await import('$lib/interop')).loadInterop();
		} catch {
			// Offline before the parsers were ever cached: reading a file will say so.
		}
	}

	/** Reads another app's file. Nothing is stored. */
	async open(file: File): Promise<void> {
		const ticket = this.#begin(file.name);
		await this.#read(ticket, async () => (await import('$lib/interop')).importFile(file));
	}

	/** Reads pasted text. Nothing is stored. */
	async paste(pasted: string, options: PasteOptions = {}): Promise<void> {
		const ticket = this.#begin(text.pasted);
		await this.#read(ticket, async () =>
			(await import('$lib/interop')).importText(pasted, options)
		);
	}

	async #read(ticket: number, read: () => Promise<ImportResult>): Promise<void> {
		try {
			const result = await read();
			if (ticket === this.#ticket) await this.#show(result);
		} catch {
			// The parsers could not be loaded (offline before they were ever cached).
			if (ticket !== this.#ticket) return;
			this.#error = text.loadFailed;
			this.#step = 'refused';
		}
	}

	async #show(result: ImportResult): Promise<void> {
		const { importPreview } = await import('$lib/interop/preview');
		const preview = importPreview(result);
		this.#result = result;
		this.#preview = preview;
		this.#title = preview.title;
		this.#step = preview.refused ? 'refused' : 'preview';
	}

	/** Forgets what was read (another source was chosen). */
	clear(): void {
		this.#ticket++;
		this.#result = null;
		this.#preview = null;
		this.#step = 'idle';
	}

	/**
	 * Stores the bank shown under a free local id made from its title.
	 * @param now ms since epoch
	 * @returns true when stored
	 */
	async save(now: number): Promise<boolean> {
		const result = this.#result;
		if (!result || this.#step !== 'preview' || !this.#preview?.canSave) return false;
		const title = this.#title.trim();
		if (!title) {
			this.#error = text.titleMissing;
			return false;
		}
		this.#step = 'saving';
		this.#error = '';
		const { bankOfImport, importedBankId } = await import('$lib/interop/preview');
		const id = freeId(localIdFor(importedBankId(title)), await banks.ids());
		const checked = bankOfImport(result, title, id);
		const ok = checked.ok && (await banks.saveLocal(checked.loaded.bank, '', id, now));
		if (!ok) {
			this.#error = checked.ok ? banksText.add.saveFailed : text.invalid;
			this.#step = 'preview';
			return false;
		}
		await banksChanged();
		this.#savedId = id;
		this.#savedTitle = title;
		this.#step = 'saved';
		return true;
	}
}
