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

export type { Mode, QuestionCount, QuizAnswer, QuizOptions } from './records';

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
