/**
 * The classroom quiz named by the page's hash fragment (`…/classroom/quiz#CODE`), read in
 * the browser only: prerendered pages never see it, and it never reaches a server.
 */
import type { Question } from '../bank/types';
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
	#banks: () => readonly ClassroomBank[];

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
	get bank(): ClassroomBank | null {
		return this.#banks().find((b) => b.id === this.#config?.bankId) ?? null;
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
		if (missing) return this.#fail(missing);
		this.#config = decoded.value;
		this.#code = trimmed.includes('#') ? trimmed.slice(trimmed.indexOf('#') + 1) : trimmed;
		this.#reason = '';
		this.#state = 'ready';
	}

	#fail(reason: string) {
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
