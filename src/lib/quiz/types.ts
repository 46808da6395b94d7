/** Types shared by the quiz engine, its session class and its components. */
import type { Question, QuestionType } from '$lib/bank/types';

export type { Question, QuestionType };

/** The schema variant of a question type (`single` and `multiple` share one variant). */
export type QuestionOf<T extends QuestionType> = Question extends infer Q
	? Q extends { type: infer K }
		? T extends K
			? Q
			: never
		: never
	: never;

/**
 * A learner's answer, in a form that can be stored as is:
 * - `single`: index of the chosen option (index into `question.options`, not the shown order);
 * - `multiple`: indices of the chosen options;
 * - `true-false`: `true` / `false`;
 * - `short`, `numeric`: the typed text;
 * - `match`: for each pair `i` (left side `pairs[i].left`), the index of the pair whose right
 *   side was matched to it, or null;
 * - `order`: indices into `question.items`, in the order the learner arranged them;
 * - `cloze`: the typed text of each gap (null or '' for an empty gap).
 * `null` means not answered.
 */
export type QuizAnswer = string | number | boolean | (string | number | null)[] | null;

export type Mode = 'practice' | 'exam';

/** How many questions a quiz asks: a number or every matching question. */
export type QuestionCount = number | 'all';

/** Options chosen on the set-up screen (stored with every session and attempt). */
export interface QuizOptions {
	count: QuestionCount;
	/** Topic ids; a question matches when it has any of them. Empty means every topic. */
	topics: string[];
	/** Question types; empty means every type. */
	types: string[];
	/** Difficulties 1–3; empty means every difficulty. */
	difficulties: (1 | 2 | 3)[];
	mode: Mode;
	/** Minutes for the whole quiz (exam); 0 means no limit. */
	timeLimitMinutes: number;
	/** Shuffle the order of answers (single / multiple). Match and order are always shuffled. */
	shuffleOptions: boolean;
	/** When set, exactly these questions (Popraw błędy, classroom quizzes); filters are ignored. */
	questionIds?: string[];
}

export type Verdict = 'correct' | 'partial' | 'wrong' | 'unanswered';

/** The grade of one answer. */
export interface Grade {
	/** 0 (nothing right) … 1 (all right). */
	score: number;
	verdict: Verdict;
	/** Set when a typo was forgiven: the right spelling, for "Uznano — literówka: poprawnie …". */
	typo?: string;
	/** The correct answer, human-readable Polish. */
	correctAnswer: string;
}
