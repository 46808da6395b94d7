/**
 * A student's run of a classroom quiz: the name, the quiz in progress and the result to send.
 * It comes back to a quiz in progress, or to the result of a finished one, after a reload.
 *
 * ```ts
 * const student = new StudentQuiz();
 * await student.restore(config, bank);        // on opening the link
 * await student.start(config, bank, 'Ala');   // "Rozpocznij quiz"
 * await student.finished(config, attempt);    // QuizRunner's onfinish
 * ```
 *
 * Its actions are serialised like the session's: a second "Rozpocznij quiz" while the first
 * is starting returns the same promise, so one quiz starts.
 */
import type { Question } from '../bank/types';
import { QuizSession, listAttempts, type QuizStore } from '../quiz/QuizSession.svelte';
import type { AttemptRecord } from '../quiz/records';
import { studentOptions, studentSeed, type ClassroomConfig } from './config';
import { encodeResult, resultFromAttempt, type ClassroomResult } from './result';
import { classroomText as text } from './strings';

/** The bank a classroom quiz runs on. */
export interface StudentBank {
	id: string;
	questions: readonly Question[];
}

/** A finished quiz: the result, its code for the teacher and the attempt it came from. */
export interface SentResult {
	result: ClassroomResult;
	code: string;
	attempt: AttemptRecord;
}

/** A name as the student meant it: trimmed, inner spaces collapsed. */
export function tidyName(name: string): string {
	return name.trim().replace(/\s+/g, ' ');
}

export class StudentQuiz {
	#session = $state<QuizSession | null>(null);
	#sent = $state.raw<SentResult | null>(null);
	#nameError = $state('');
	#starting = $state<Promise<boolean> | null>(null);
	/** The quiz (by id) the state belongs to. */
	#quizId = '';
	#store: QuizStore | undefined;

	/** `store` is for tests; the app's storage by default. */
	constructor(store?: QuizStore) {
		this.#store = store;
	}

	/** The quiz in progress, or null before the start and after the end. */
	get session() {
		return this.#sent ? null : this.#session;
	}
	/** The result once the quiz is finished. */
	get sent() {
		return this.#sent;
	}
	/** Why the name was not accepted (Polish), or ''. */
	get nameError() {
		return this.#nameError;
	}
	get starting() {
		return this.#starting !== null;
	}
	/** The name the quiz in progress (or the result) was taken under. */
	get name() {
		return this.#sent?.result.name ?? this.#session?.classroom?.name ?? '';
	}

	/**
	 * Loads what this device holds for the quiz: the quiz in progress (finished at once when its
	 * time ran out) or the stored result. Does nothing when already loaded for this quiz.
	 */
	async restore(config: ClassroomConfig, bank: StudentBank): Promise<void> {
		if (this.#quizId === config.quizId) return;
		this.#quizId = config.quizId;
		this.#session = null;
		this.#sent = null;
		const resumed = await QuizSession.resume({
			bankId: bank.id,
			questions: bank.questions,
			classroomQuizId: config.quizId,
			store: this.#store
		});
		if (resumed) {
			this.#session = resumed;
			if (resumed.timeIsUp()) await this.finished(config, await resumed.finish());
			return;
		}
		const done = (await listAttempts(bank.id, this.#store)).find(
			(a) => a.classroom?.quizId === config.quizId
		);
		if (done) await this.finished(config, done);
	}

	/** Starts the quiz under `name`; false (and `nameError`) when the name is empty. */
	start(config: ClassroomConfig, bank: StudentBank, name: string): Promise<boolean> {
		this.#starting ??= this.#start(config, bank, tidyName(name)).finally(() => {
			this.#starting = null;
		});
		return this.#starting;
	}

	async #start(config: ClassroomConfig, bank: StudentBank, name: string): Promise<boolean> {
		if (!name) {
			this.#nameError = text.nameRequired;
			return false;
		}
		this.#nameError = '';
		this.#quizId = config.quizId;
		this.#sent = null;
		this.#session = await QuizSession.start({
			bankId: bank.id,
			questions: bank.questions,
			options: studentOptions(config),
			seed: studentSeed(config, name),
			classroom: { quizId: config.quizId, name },
			store: this.#store
		});
		return true;
	}

	/** Turns a finished attempt into the result to send (once per attempt). */
	async finished(config: ClassroomConfig, attempt: AttemptRecord): Promise<void> {
		if (this.#sent?.attempt.id === attempt.id) return;
		const name = attempt.classroom?.name ?? this.name;
		const result = resultFromAttempt(attempt, config.quizId, name);
		this.#sent = { result, code: await encodeResult(result), attempt };
	}

	/** "Rozwiąż jako inna osoba": back to the name form (the stored result stays). */
	anotherStudent(): void {
		this.#sent = null;
		this.#session = null;
		this.#nameError = '';
	}
}
