/**
 * "Wklej tekst": from a pasted text (or a .txt/.md file) to a local bank. Runs the engine in
 * its Web Worker (the page never freezes), tells what is wrong with the text in Polish, and
 * stores the reviewed bank through the bank repository. One instance per page.
 */
import type { Bank } from '$lib/bank/types';
import { banks } from '$lib/banks';
import { banksChanged } from '$lib/banks/hydration';
import { localBankId, type BankMeta } from './bank';
import { MAX_RAW_CHARS } from './intake';
import { Proposer } from './proposer';
import { authoringStrings as t, textPageStrings as p } from './strings';
import type { Proposals } from './types';

export type AuthoringStep = 'idle' | 'working' | 'problem' | 'review' | 'saving' | 'saved';

export class TextAuthoring {
	#step = $state<AuthoringStep>('idle');
	#message = $state('');
	#titleProblem = $state('');
	#notPolish = $state(false);
	#fromHtml = $state(false);
	#proposals = $state.raw<Proposals | null>(null);
	#meta = $state.raw<BankMeta | null>(null);
	#saved = $state.raw<{ id: string; title: string } | null>(null);
	#error = $state('');
	#proposer = new Proposer();
	/** Counts requests, so only the answer to the latest one is shown. */
	#ticket = 0;

	get step() {
		return this.#step;
	}
	/** Why the text cannot be used, in Polish ('' when it can). */
	get message() {
		return this.#message;
	}
	/** Why the title cannot be used ('' when it can). */
	get titleProblem() {
		return this.#titleProblem;
	}
	/** The text does not look Polish: the page offers to go on anyway. */
	get notPolish() {
		return this.#notPolish;
	}
	/** The paste was a web page and only its text was kept. */
	get fromHtml() {
		return this.#fromHtml;
	}
	get proposals() {
		return this.#proposals;
	}
	/** The new bank's id and title, once proposals are made. */
	get meta() {
		return this.#meta;
	}
	/** The stored bank (step 'saved'). */
	get saved() {
		return this.#saved;
	}
	/** Why saving failed ('' when it did not). */
	get error() {
		return this.#error;
	}

	/**
	 * Reads a .txt/.md file chosen by the person; its text goes into the text field.
	 * @returns the text, or null with `message` set
	 */
	async readFile(file: File): Promise<string | null> {
		this.#message = '';
		if (file.size > MAX_RAW_CHARS) {
			this.#fail(p.fileTooBig);
			return null;
		}
		try {
			return new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
		} catch {
			this.#fail(p.fileNotText);
			return null;
		}
	}

	/** Makes proposals from the text; `anyLanguage` once the person confirmed the text is Polish. */
	async propose(title: string, text: string, anyLanguage = false): Promise<void> {
		const ticket = ++this.#ticket;
		this.#titleProblem = title.trim() ? '' : p.noTitle;
		this.#message = '';
		this.#notPolish = false;
		this.#fromHtml = false;
		this.#error = '';
		this.#saved = null;
		if (this.#titleProblem) {
			this.#step = this.#proposals ? 'review' : 'idle';
			return;
		}
		this.#step = 'working';
		let result;
		try {
			result = await this.#proposer.propose(text, { allowOtherLanguage: anyLanguage });
		} catch {
			if (ticket === this.#ticket) this.#fail(p.failed);
			return;
		}
		if (ticket !== this.#ticket) return;
		if (!result.ok) {
			this.#notPolish = result.problem.code === 'not-polish';
			this.#proposals = null;
			this.#fail(t.problem(result.problem));
			return;
		}
		this.#fromHtml = result.fromHtml;
		this.#meta = { id: localBankId(title.trim(), await banks.ids()), title: title.trim() };
		if (ticket !== this.#ticket) return;
		this.#proposals = result.proposals;
		this.#step = 'review';
	}

	#fail(message: string) {
		this.#message = message;
		this.#step = 'problem';
	}

	/**
	 * Stores the reviewed bank on the device.
	 * @param now ms since epoch
	 */
	async save(bank: Bank, now: number): Promise<boolean> {
		const made = this.#proposals;
		if (!made || this.#step !== 'review') return false;
		this.#step = 'saving';
		this.#error = '';
		// The id was free when the proposals were made; another tab may have taken it since.
		const taken = await banks.ids();
		const id = taken.has(bank.id) ? localBankId(bank.title, taken) : bank.id;
		const ok = await banks.saveLocal(bank, made.sourceText, id, now);
		if (!ok) {
			this.#error = p.saveFailed;
			this.#step = 'review';
			return false;
		}
		await banksChanged();
		this.#saved = { id, title: bank.title };
		this.#step = 'saved';
		return true;
	}

	/** Stops the worker (when leaving the page). */
	dispose(): void {
		this.#proposer.dispose();
	}
}
