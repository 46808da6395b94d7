/**
 * A running quiz: the live state over the pure engine, saved to storage after every change.
 *
 * Actions never double and never vanish: each one changes the state at once, in the order it
 * was called, and its write joins one queue, so writes land in that order and each action's
 * promise settles once its own write has landed. A key press that arrives while a save is in
 * flight therefore takes effect (its write follows the one in flight); `finish()` called again
 * returns the same promise and stores one attempt; actions after `finish()` are ignored.
 *
 * ```ts
 * const session = await QuizSession.start({ bankId, questions, options, seed });
 * await session.setAnswer(2);       // answer the current question
 * const g = await session.check();  // practice: grade it now
 * await session.next();
 * const attempt = await session.finish();  // stores the attempt, clears the session
 * ```
 *
 * A quiz in progress is stored under kind `sessions` (key `sessionKey(bankId, quizId?)`), so
 * `QuizSession.resume(...)` after a reload continues exactly where it was. Classroom quizzes
 * pass fixed `options.questionIds`, a fixed seed and `classroom: { quizId, name }`; they are
 * kept under their own key, so they never replace the learner's own quiz.
 */
import { storage as defaultStorage, uniqueId, type Storage } from '$lib/storage';
import { grade, isEmptyAnswer } from './grade';
import type { AttemptRecord, SessionRecord } from './records';
import { scoreQuiz, wrongQuestionIds, type QuizScore } from './score';
import { selectQuestions } from './select';
import type { Grade, Question, QuizAnswer, QuizOptions } from './types';

/** Classroom quiz id and the student's name, stored with the attempt. */
export interface ClassroomInfo {
	quizId: string;
	name: string;
}

/** Where the session keeps things; the app's `storage` unless a test passes its own. */
export type QuizStore = Pick<Storage, 'get' | 'put' | 'remove' | 'list'>;

export interface QuizSessionInit {
	bankId: string;
	/** Every question of the bank; the session picks from them by `options` and `seed`. */
	questions: readonly Question[];
	options: QuizOptions;
	seed: string;
	classroom?: ClassroomInfo;
	/** Current time in epoch ms; `Date.now` by default (fake clocks in tests). */
	clock?: () => number;
	store?: QuizStore;
}

export interface ResumeInit {
	bankId: string;
	questions: readonly Question[];
	/** Set for a classroom quiz: resumes that quiz's session only. */
	classroomQuizId?: string;
	clock?: () => number;
	store?: QuizStore;
}

/** State of one question in the exam navigator. */
export type QuestionStatus = 'answered' | 'skipped' | 'unanswered';

/** Key of the in-progress session of a bank (or of one classroom quiz of it). */
export function sessionKey(bankId: string, classroomQuizId?: string): string {
	return classroomQuizId ? `${bankId}/classroom/${classroomQuizId}` : bankId;
}

/** Finished attempts of a bank (optionally only classroom or only own ones), newest first. */
export async function listAttempts(
	bankId: string,
	store: QuizStore = defaultStorage
): Promise<AttemptRecord[]> {
	const rows = await store.list('attempts', `${bankId}/`);
	return rows
		.map((r) => r.data)
		.filter((a) => a.bankId === bankId)
		.sort((a, b) => b.finishedAt - a.finishedAt);
}

/** The options of a "Popraw błędy" quiz for an attempt, or null when nothing was wrong. */
export function fixMistakesOptions(attempt: AttemptRecord): QuizOptions | null {
	const ids = wrongQuestionIds(attempt.questionIds, attempt.scores);
	if (ids.length === 0) return null;
	return { ...attempt.options, count: 'all', questionIds: ids };
}

export class QuizSession {
	readonly bankId: string;
	readonly options: QuizOptions;
	readonly seed: string;
	readonly classroom: ClassroomInfo | undefined;
	readonly questions: readonly Question[];
	/** question id → shown order of options / right column / items. */
	readonly orders: Readonly<Record<string, number[]>>;
	readonly startedAt: number;
	/** Epoch ms when the time runs out, or null for no limit. */
	readonly deadline: number | null;
	readonly key: string;

	#clock: () => number;
	#store: QuizStore;
	#answers = $state<Record<string, QuizAnswer>>({});
	#checked = $state<string[]>([]);
	#skipped = $state<string[]>([]);
	#current = $state(0);
	#attempt = $state.raw<AttemptRecord | null>(null);
	#saveFailed = $state(false);
	/** The tail of the write queue (never rejects). */
	#writes: Promise<unknown> = Promise.resolve();
	/** Set by the first `finish()`; every later call returns it. */
	#finishing: Promise<AttemptRecord> | null = null;

	private constructor(
		init: {
			bankId: string;
			options: QuizOptions;
			seed: string;
			classroom?: ClassroomInfo;
			questions: readonly Question[];
			orders: Record<string, number[]>;
			startedAt: number;
			deadline: number | null;
		},
		clock: () => number,
		store: QuizStore
	) {
		this.bankId = init.bankId;
		this.options = init.options;
		this.seed = init.seed;
		this.classroom = init.classroom;
		this.questions = init.questions;
		this.orders = init.orders;
		this.startedAt = init.startedAt;
		this.deadline = init.deadline;
		this.key = sessionKey(init.bankId, init.classroom?.quizId);
		this.#clock = clock;
		this.#store = store;
	}

	/** Starts a new quiz (replacing any in-progress one under the same key) and saves it. */
	static async start(init: QuizSessionInit): Promise<QuizSession> {
		const clock = init.clock ?? Date.now;
		const store = init.store ?? defaultStorage;
		const { questions, orders } = selectQuestions(init.questions, init.options, init.seed);
		const now = clock();
		const limit = init.options.mode === 'exam' ? init.options.timeLimitMinutes : 0;
		const session = new QuizSession(
			{
				bankId: init.bankId,
				options: $state.snapshot(init.options),
				seed: init.seed,
				classroom: init.classroom,
				questions,
				orders,
				startedAt: now,
				deadline: limit > 0 ? now + limit * 60_000 : null
			},
			clock,
			store
		);
		await session.#persist();
		return session;
	}

	/**
	 * The saved quiz in progress, or null when there is none (or it cannot be used: its
	 * questions are no longer in the bank). Questions missing from the bank are dropped.
	 */
	static async resume(init: ResumeInit): Promise<QuizSession | null> {
		const store = init.store ?? defaultStorage;
		const record = await store.get('sessions', sessionKey(init.bankId, init.classroomQuizId));
		if (!record || record.bankId !== init.bankId) return null;
		const byId = new Map(init.questions.map((q) => [q.id, q])); // eslint-disable-line svelte/prefer-svelte-reactivity -- local lookup, not state
		const questions = record.questionIds.flatMap((id) => byId.get(id) ?? []);
		if (questions.length === 0) return null;
		const session = new QuizSession(
			{
				bankId: record.bankId,
				options: record.options,
				seed: record.seed,
				classroom: record.classroom,
				questions,
				orders: record.orders,
				startedAt: record.startedAt,
				deadline: record.deadline
			},
			init.clock ?? Date.now,
			store
		);
		session.#answers = record.answers;
		session.#checked = record.checked.filter((id) => byId.has(id));
		session.#skipped = (record.skipped ?? []).filter((id) => byId.has(id));
		session.#current = Math.min(record.current, questions.length - 1);
		return session;
	}

	/** Removes the saved in-progress quiz (e.g. "Porzuć i zacznij nowy"). */
	static async discard(
		bankId: string,
		classroomQuizId?: string,
		store: QuizStore = defaultStorage
	): Promise<boolean> {
		return store.remove('sessions', sessionKey(bankId, classroomQuizId));
	}

	// ——— state ———

	get mode() {
		return this.options.mode;
	}
	get total() {
		return this.questions.length;
	}
	/** Index of the question on screen. */
	get current() {
		return this.#current;
	}
	get question(): Question {
		return this.questions[this.#current] as Question;
	}
	/** Answers by question id (unanswered ones absent or null). */
	get answers(): Readonly<Record<string, QuizAnswer>> {
		return this.#answers;
	}
	/** Set once the quiz is finished. */
	get attempt(): AttemptRecord | null {
		return this.#attempt;
	}
	get finished() {
		return this.#attempt !== null;
	}
	/** True after a save failed (the quiz goes on in memory). */
	get saveFailed() {
		return this.#saveFailed;
	}
	get answeredCount() {
		return this.questions.filter((q) => !isEmptyAnswer(this.#answers[q.id] ?? null)).length;
	}
	get unansweredCount() {
		return this.total - this.answeredCount;
	}
	get isLast() {
		return this.#current === this.total - 1;
	}

	answerOf(id: string): QuizAnswer {
		return this.#answers[id] ?? null;
	}
	/** Shown order for a question (see `orderFor`). */
	orderOf(id: string): number[] {
		return this.orders[id] ?? [];
	}
	/** Practice: the question was checked and its feedback shown; answers are then locked. */
	isChecked(id: string): boolean {
		return this.#checked.includes(id);
	}
	statusOf(id: string): QuestionStatus {
		if (!isEmptyAnswer(this.#answers[id] ?? null)) return 'answered';
		return this.#skipped.includes(id) ? 'skipped' : 'unanswered';
	}
	/** The grade of a question once it may be shown: checked (practice) or quiz finished. */
	gradeOf(id: string): Grade | undefined {
		if (!this.isChecked(id) && !this.finished) return undefined;
		const q = this.questions.find((x) => x.id === id);
		return q ? grade(q, this.#answers[id] ?? null) : undefined;
	}
	/** Milliseconds left before the deadline (never below 0), or null without a limit. */
	remainingMs(now = this.#clock()): number | null {
		return this.deadline === null ? null : Math.max(0, this.deadline - now);
	}
	/** True when the time limit has passed. */
	timeIsUp(now = this.#clock()): boolean {
		return this.deadline !== null && now >= this.deadline;
	}
	/** Totals, available once finished. */
	get score(): QuizScore | null {
		const a = this.#attempt;
		if (!a) return null;
		return scoreQuiz(
			this.questions,
			Object.fromEntries(Object.entries(a.scores).map(([id, score]) => [id, { score }]))
		);
	}

	// ——— actions (each one applied at once, in call order, and saved before it resolves) ———

	/** True once `finish()` was called: the quiz takes no more actions. */
	get closed() {
		return this.#finishing !== null;
	}

	/** Sets the answer to a question, the current one by default (ignored once checked or closed). */
	setAnswer(answer: QuizAnswer, id = this.question.id): Promise<void> {
		if (this.closed || this.isChecked(id)) return this.#settled();
		this.#answers[id] = answer;
		if (!isEmptyAnswer(answer)) this.#skipped = this.#skipped.filter((s) => s !== id);
		return this.#persist().then(() => undefined);
	}

	/**
	 * Practice: grades the current question and locks it. An untouched `order` question is
	 * submitted in its shown order. Once closed, only grades.
	 */
	check(): Promise<Grade> {
		const q = this.question;
		if (this.closed) return this.#settled().then(() => grade(q, this.#answers[q.id] ?? null));
		if (q.type === 'order' && isEmptyAnswer(this.#answers[q.id] ?? null)) {
			this.#answers[q.id] = [...this.orderOf(q.id)];
		}
		if (!this.#checked.includes(q.id)) this.#checked.push(q.id);
		const result = grade(q, $state.snapshot(this.#answers[q.id] ?? null));
		return this.#persist().then(() => result);
	}

	/** Moves to question `index` (0-based). */
	goTo(index: number): Promise<void> {
		if (this.closed || index < 0 || index >= this.total) return this.#settled();
		this.#current = index;
		return this.#persist().then(() => undefined);
	}
	next(): Promise<void> {
		return this.goTo(this.#current + 1);
	}
	previous(): Promise<void> {
		return this.goTo(this.#current - 1);
	}

	/** Exam: leaves the current question for later and moves to the next unanswered one. */
	skip(): Promise<void> {
		if (this.closed) return this.#settled();
		const id = this.question.id;
		if (isEmptyAnswer(this.#answers[id] ?? null) && !this.#skipped.includes(id)) {
			this.#skipped.push(id);
		}
		const n = this.total;
		for (let step = 1; step <= n; step++) {
			const i = (this.#current + step) % n;
			if (this.statusOf((this.questions[i] as Question).id) !== 'answered' && i !== this.#current) {
				this.#current = i;
				break;
			}
			if (step === n) this.#current = Math.min(this.#current + 1, n - 1);
		}
		return this.#persist().then(() => undefined);
	}

	/**
	 * Grades every question (unanswered ones score 0) as they stand now, stores the attempt
	 * under kind `attempts` after every earlier write, and removes the session. Calling it again
	 * returns the same promise: one attempt is stored.
	 */
	finish(): Promise<AttemptRecord> {
		this.#finishing ??= this.#storeAttempt(this.#attemptNow());
		return this.#finishing;
	}

	/** The attempt of the answers as they stand. */
	#attemptNow(): AttemptRecord {
		const now = this.#clock();
		const finishedAt = this.deadline !== null ? Math.min(now, this.deadline) : now;
		const answers = $state.snapshot(this.#answers);
		const scores: Record<string, number> = {};
		for (const q of this.questions) scores[q.id] = grade(q, answers[q.id] ?? null).score;
		const total = scoreQuiz(
			this.questions,
			Object.fromEntries(Object.entries(scores).map(([id, score]) => [id, { score }]))
		);
		const id = uniqueId('attempt', now);
		const attempt: AttemptRecord = {
			id,
			bankId: this.bankId,
			options: structuredClone(this.options),
			seed: this.seed,
			questionIds: this.questions.map((q) => q.id),
			answers,
			scores,
			score: total.score,
			maxScore: total.maxScore,
			startedAt: this.startedAt,
			finishedAt,
			durationMs: Math.max(0, finishedAt - this.startedAt),
			updatedAt: now
		};
		if (this.classroom) attempt.classroom = { ...this.classroom };
		return attempt;
	}

	async #storeAttempt(attempt: AttemptRecord): Promise<AttemptRecord> {
		const ok = await this.#enqueue(async () => {
			const stored = await this.#store.put('attempts', `${this.bankId}/${attempt.id}`, attempt);
			await this.#store.remove('sessions', this.key);
			return stored;
		}).catch(() => false);
		if (!ok) this.#saveFailed = true;
		this.#attempt = attempt;
		return attempt;
	}

	/** The session as stored. */
	toRecord(): SessionRecord {
		const record: SessionRecord = {
			id: this.key,
			bankId: this.bankId,
			options: structuredClone(this.options),
			seed: this.seed,
			questionIds: this.questions.map((q) => q.id),
			orders: structuredClone(this.orders) as Record<string, number[]>,
			answers: $state.snapshot(this.#answers),
			checked: [...this.#checked],
			skipped: [...this.#skipped],
			current: this.#current,
			startedAt: this.startedAt,
			deadline: this.deadline,
			updatedAt: this.#clock()
		};
		if (this.classroom) record.classroom = { ...this.classroom };
		return record;
	}

	/** Runs `write` after every write queued before it. */
	#enqueue<T>(write: () => Promise<T>): Promise<T> {
		const run = this.#writes.then(write);
		this.#writes = run.catch(() => undefined);
		return run;
	}

	/** Settles once every write queued so far has landed. */
	#settled(): Promise<void> {
		return this.#writes.then(() => undefined);
	}

	/** Queues a write of the session as it stands now; false (and `saveFailed`) when it failed. */
	async #persist(): Promise<boolean> {
		const record = this.toRecord();
		const ok = await this.#enqueue(() => this.#store.put('sessions', this.key, record)).catch(
			() => false
		);
		if (!ok) this.#saveFailed = true;
		return ok;
	}
}
