/**
 * The teacher's set-up of a classroom quiz: which questions match the choice, and the
 * configuration (carried in the share link) made from it. Pure: the seed and `now` come in.
 */
import type { Question, QuestionType } from '../bank/types';
import { QUESTION_TYPES } from '../bank/types';
import {
	newQuizId,
	selectQuestions,
	seededRandom,
	type ClassroomConfig,
	type IdConfig
} from './config';
import { classroomText as text } from './strings';

/** What the teacher picks on the set-up page. */
export interface SetupChoice {
	topics: readonly string[];
	types: readonly string[];
	/** Questions wanted (clamped to 1 … the number that match). */
	count: number;
	mode: ClassroomConfig['mode'];
	/** Minutes for the whole quiz, 0 = no limit (clamped to 0 … 600). */
	timeLimitMinutes: number;
	shuffle: boolean;
	/** Blank means the default title. */
	title: string;
}

/** The question types a bank has, in the app's order. */
export function typesIn(questions: readonly Question[]): QuestionType[] {
	return QUESTION_TYPES.filter((t) => questions.some((q) => q.type === t));
}

/** The questions matching the chosen topics and types, in bank order. */
export function matchingQuestions(
	questions: readonly Question[],
	choice: Pick<SetupChoice, 'topics' | 'types'>
): Question[] {
	return questions.filter(
		(q) => choice.types.includes(q.type) && q.topics.some((t) => choice.topics.includes(t))
	);
}

/**
 * The configuration of a new quiz, or null when no question matches. `seed` drives the choice
 * of questions, the quiz id and the students' order; `now` (ms) keeps quiz ids sortable.
 */
export function makeConfig(
	bankId: string,
	questions: readonly Question[],
	choice: SetupChoice,
	seed: string,
	now: number
): IdConfig | null {
	const matching = matchingQuestions(questions, choice).length;
	if (matching === 0) return null;
	const count = Math.max(1, Math.min(Math.round(choice.count) || 1, matching));
	const chosen = selectQuestions(
		questions,
		{ topics: choice.topics, types: choice.types, count },
		seededRandom(seed)
	);
	return {
		v: 1,
		quizId: newQuizId(now, seededRandom(`${seed}:id`)),
		title: choice.title.trim().slice(0, 200) || text.defaultTitle,
		bankId,
		questionIds: chosen.map((q) => q.id),
		seed,
		mode: choice.mode,
		timeLimitMinutes: Math.max(0, Math.min(600, Math.round(choice.timeLimitMinutes || 0))),
		shuffle: choice.shuffle
	};
}
