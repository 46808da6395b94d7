/**
 * The quiz page of one bank: the set-up, the quiz in progress, the last result and the past
 * attempts. Owns every storage call of the page (through `QuizSession` and `listAttempts`).
 *
 * ```ts
 * const quiz = new BankQuiz({ bankId, questions });
 * await quiz.load();                    // resumes a quiz in progress, else the set-up
 * await quiz.start(options);            // "Rozpocznij quiz" with `quiz.seed`
 * await quiz.finished(attempt);         // QuizRunner's onfinish: results and history
 * await quiz.again(); await quiz.fixMistakes(); await quiz.discard();
 * ```
 *
 * Starting is serialised: a second start while one is under way returns the same promise.
 */
import { newSeed, type Rng } from './rng';
import {
	QuizSession,
	fixMistakesOptions,
	listAttempts,
	type QuizStore
} from './QuizSession.svelte';
import type { AttemptRecord } from './records';
import type { Question, QuizOptions } from './types';

/** What the page shows. */
export type QuizView = 'loading' | 'setup' | 'running' | 'results';

export interface BankQuizInit {
	bankId: string;
	questions: readonly Question[];
	/** Source of new seeds; `Math.random` by default. */
	random?: Rng;
	store?: QuizStore;
}

export class BankQuiz {
	readonly bankId: string;
	readonly questions: readonly Question[];
	#random: Rng;
	#store: QuizStore | undefined;
	#view = $state<QuizView>('loading');
	#session = $state.raw<QuizSession | null>(null);
	#attempt = $state.raw<AttemptRecord | null>(null);
	#history = $state.raw<AttemptRecord[]>([]);
	#error = $state('');
	#seed = $state('');
	#starting: Promise<void> | null = null;

	constructor(init: BankQuizInit) {
		this.bankId = init.bankId;
		this.questions = init.questions;
		this.#random = init.random ?? Math.random;
		this.#store = init.store;
	}

	get view() {
		return this.#view;
	}
	/** The quiz in progress (view 'running'). */
	get session() {
		return this.#session;
	}
	/** The finished attempt on screen (view 'results'). */
	get attempt() {
		return this.#attempt;
	}
	/** Finished attempts of the bank, newest first. */
	get history() {
		return this.#history;
	}
	/** Why loading or starting failed (Polish), or ''. */
	get error() {
		return this.#error;
	}
	/** The seed of the next quiz, shown (and editable) on the set-up form. */
	get seed() {
		return this.#seed;
	}
	set seed(value: string) {
		this.#seed = value;
	}

	/** Resumes the saved quiz (finishing it when its time ran out) or shows the set-up. */
	async load(): Promise<void> {
		this.#seed = newSeed(this.#random);
		try {
			const resumed = await QuizSession.resume({
				bankId: this.bankId,
				questions: this.questions,
				store: this.#store
			});
			await this.#refreshHistory();
			if (resumed) {
				this.#session = resumed;
				if (resumed.timeIsUp()) return await this.finished(await resumed.finish());
				this.#view = 'running';
				return;
			}
		} catch (e) {
			this.#error = (e as Error).message;
		}
		this.#view = 'setup';
	}

	/** Starts a quiz with `options` and `seed` (the set-up's seed, or a new one when blank). */
	start(options: QuizOptions, seed = this.#seed): Promise<void> {
		this.#starting ??= this.#start(options, seed.trim() || newSeed(this.#random)).finally(() => {
			this.#starting = null;
		});
		return this.#starting;
	}

	async #start(options: QuizOptions, seed: string): Promise<void> {
		this.#error = '';
		try {
			this.#session = await QuizSession.start({
				bankId: this.bankId,
				questions: this.questions,
				options,
				seed,
				store: this.#store
			});
			this.#attempt = null;
			this.#view = 'running';
		} catch (e) {
			this.#error = (e as Error).message;
		}
	}

	/** The quiz was finished: shows its results and the updated history. */
	async finished(attempt: AttemptRecord): Promise<void> {
		this.#attempt = attempt;
		this.#session = null;
		this.#view = 'results';
		await this.#refreshHistory();
	}

	/** "Jeszcze raz": the same questions, options and seed. */
	again(): Promise<void> {
		const a = this.#attempt;
		return a ? this.start(a.options, a.seed) : Promise.resolve();
	}

	/** "Popraw błędy": a quiz of the questions answered wrong (nothing when none were). */
	fixMistakes(): Promise<void> {
		const a = this.#attempt;
		const options = a ? fixMistakesOptions(a) : null;
		return options ? this.start(options, newSeed(this.#random)) : Promise.resolve();
	}

	/** "Porzuć i zacznij nowy": removes the saved quiz and goes back to the set-up. */
	async discard(): Promise<void> {
		await QuizSession.discard(this.bankId, undefined, this.#store);
		this.newQuiz();
	}

	/** "Nowy quiz": back to the set-up with a new seed. */
	newQuiz(): void {
		this.#session = null;
		this.#attempt = null;
		this.#seed = newSeed(this.#random);
		this.#view = 'setup';
	}

	async #refreshHistory(): Promise<void> {
		this.#history = await listAttempts(this.bankId, this.#store);
	}
}
