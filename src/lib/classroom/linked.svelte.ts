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
	#state = $state<LinkState>('loading');
	#reason = $state('');
	#config = $state<ClassroomConfig | null>(null);
	#code = $state('');
	#missingLocal = $state(false);
	#banks: () => readonly ClassroomBank[];
	/** The carried questions as a bank, made once per opened link. */
	#carriedBank = $derived.by((): ClassroomBank | null => {
		const config = this.#config;
		return config?.v === 2 ? { id: config.bankId, ...config.bank } : null;
	});

	/** `banks` is read when needed, so page data that changes is followed. */
	constructor(banks: () => readonly ClassroomBank[]) {
		this.#banks = banks;
	}

	get state() {
		return this.#state;
	}
	/** Why the link cannot be used (Polish), when `state` is 'error'. */
	get reason() {
		return this.#reason;
	}
	get config() {
		return this.#config;
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
		if (this.#carriedBank) return this.#carriedBank;
		return this.#banks().find((b) => b.id === this.#config?.bankId) ?? null;
	}
	/** True when the link carries its questions (no bank needed on this device). */
	get carried(): boolean {
		return this.#config?.v === 2;
	}
	/** True when the link cannot be opened until the teacher's bank file is imported here. */
	get needsBankFile(): boolean {
		return this.#state === 'error' && this.#missingLocal;
	}
	/** The quiz's questions in the order students see them (see `classroomQuestions`). */
	get questions(): Question[] {
		const bank = this.bank;
		const config = this.#config;
		if (!bank || !config) return [];
		return classroomQuestions(config, bank.questions);
	}

	/** Reads and checks a code (from the hash or pasted); resolves when done. */
	async open(code: string): Promise<void> {
		const trimmed = code.trim().replace(/^#/, '');
		if (!trimmed) {
			this.#state = 'empty';
			this.#config = null;
			this.#reason = text.noLink;
			return;
		}
		const decoded = await decodeConfig(trimmed);
		if (!decoded.ok) return this.#fail(decoded.reason);
		const missing = checkAgainstBank(decoded.value, this.#banks());
		if (missing) {
			const local = isLocalId(decoded.value.bankId);
			this.#fail(missing);
			// Only a missing bank, not a missing question, is cured by importing the file.
			this.#missingLocal = local && !this.#banks().some((b) => b.id === decoded.value.bankId);
			return;
		}
		this.#config = decoded.value;
		this.#code = trimmed.includes('#') ? trimmed.slice(trimmed.indexOf('#') + 1) : trimmed;
		this.#reason = '';
		this.#state = 'ready';
	}

	#fail(reason: string) {
		this.#missingLocal = false;
		this.#config = null;
		this.#reason = reason;
		this.#state = 'error';
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
