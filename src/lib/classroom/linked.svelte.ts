/**
 * The classroom quiz named by the page's hash fragment (`…/classroom/quiz#CODE`), read in
 * the browser only: prerendered pages never see it, and it never reaches a server.
 */
import type { Question } from '../bank/types';
import { isLocalId } from '../banks/ids';
import { checkAgainstBank, decodeConfig, type ClassroomConfig } from './config';
import { classroomQuestions } from './sheet';
import { classroomText as text } from './strings';

/** What a classroom page knows about a bank (from the layout's load): no source text. */
export interface ClassroomBank {
	id: string;
	title: string;
	topics: { id: string; label: string }[];
	questions: Question[];
}

export type LinkState = 'loading' | 'empty' | 'error' | 'ready';

export class LinkedQuiz {
	/** Reading the link: its own state, before the banks on this device are consulted. */
	#read = $state<LinkState>('loading');
	#readReason = $state('');
	#decoded = $state<ClassroomConfig | null>(null);
	#code = $state('');
	#banks: () => readonly ClassroomBank[];
	/** The carried questions as a bank, made once per opened link. */
	#carriedBank = $derived.by((): ClassroomBank | null => {
		const config = this.#decoded;
		return config?.v === 2 ? { id: config.bankId, ...config.bank } : null;
	});
	/**
	 * Why the banks on this device cannot run the decoded quiz, or ''. Derived, so a bank
	 * that arrives later (banks on the device load after the page mounts, or are imported
	 * meanwhile) opens the quiz without reading the link again.
	 */
	#missing = $derived.by(() =>
		this.#decoded ? (checkAgainstBank(this.#decoded, this.#banks()) ?? '') : ''
	);

	/** `banks` is read when needed, so page data that changes is followed. */
	constructor(banks: () => readonly ClassroomBank[]) {
		this.#banks = banks;
	}

	get state(): LinkState {
		if (this.#read !== 'ready') return this.#read;
		return this.#missing ? 'error' : 'ready';
	}
	/** Why the link cannot be used (Polish), when `state` is 'error'. */
	get reason() {
		return this.#read === 'ready' ? this.#missing : this.#readReason;
	}
	/** The quiz, once the link is read and this device has what it needs. */
	get config() {
		return this.state === 'ready' ? this.#decoded : null;
	}
	/** The encoded configuration, as in the link. */
	get code() {
		return this.#code;
	}
	/**
	 * The quiz's bank: the questions the link carries (under the teacher's bank id, so the
	 * student's attempts are kept with that bank) or the bank of that id on this device.
	 */
	get bank(): ClassroomBank | null {
		if (this.state !== 'ready') return null;
		if (this.#carriedBank) return this.#carriedBank;
		return this.#banks().find((b) => b.id === this.#decoded?.bankId) ?? null;
	}
	/** True when the link carries its questions (no bank needed on this device). */
	get carried(): boolean {
		return this.#decoded?.v === 2;
	}
	/** True when the link cannot be opened until the teacher's bank file is imported here. */
	get needsBankFile(): boolean {
		const config = this.#decoded;
		return (
			this.state === 'error' &&
			!!config &&
			isLocalId(config.bankId) &&
			!this.#banks().some((b) => b.id === config.bankId)
		);
	}
	/** The quiz's questions in the order students see them (see `classroomQuestions`). */
	get questions(): Question[] {
		const bank = this.bank;
		const config = this.config;
		if (!bank || !config) return [];
		return classroomQuestions(config, bank.questions);
	}

	/** Reads and checks a code (from the hash or pasted); resolves when done. */
	async open(code: string): Promise<void> {
		const trimmed = code.trim().replace(/^#/, '');
		if (!trimmed) {
			this.#decoded = null;
			this.#readReason = text.noLink;
			this.#read = 'empty';
			return;
		}
		const decoded = await decodeConfig(trimmed);
		if (!decoded.ok) {
			this.#decoded = null;
			this.#readReason = decoded.reason;
			this.#read = 'error';
			return;
		}
		this.#decoded = decoded.value;
		this.#code = trimmed.includes('#') ? trimmed.slice(trimmed.indexOf('#') + 1) : trimmed;
		this.#readReason = '';
		this.#read = 'ready';
	}

	/** Opens the quiz in `location.hash` now and whenever the hash changes. Returns cleanup. */
	follow(): () => void {
		const read = () => {
			const raw = location.hash.slice(1);
			let code = raw;
			try {
				code = decodeURIComponent(raw);
			} catch {
				// A malformed %-escape: the raw text is rejected as a broken link by `open`.
			}
			void this.open(code);
		};
		read();
		addEventListener('hashchange', read);
		return () => removeEventListener('hashchange', read);
	}
}
