/**
 * The quiz engine: pure functions, no Svelte and no storage. Time (`now`) and randomness
 * (a seed or an `Rng`) are passed in.
 *
 * - `selectQuestions(questions, options, seed)` picks and orders a quiz;
 * - `grade(question, answer)` grades one answer (one `gradeX` per type);
 * - `scoreQuiz(questions, grades, topicOrder)` sums a quiz up;
 * - `QuizSession` (in `QuizSession.svelte.ts`) runs a quiz over these and storage.
 */
export type {
	Grade,
	Mode,
	Question,
	QuestionCount,
	QuestionType,
	QuizAnswer,
	QuizOptions,
	Verdict
} from './types';
export type { AttemptRecord, SessionRecord } from './records';
export { hashString, mulberry32, newSeed, rngFromSeed, shuffle, shuffled, type Rng } from './rng';
export {
	allowedTypos,
	damerauLevenshtein,
	formatPolishNumber,
	normaliseText,
	parsePolishNumber,
	unitMultiplier
} from './normalise';
export {
	describeAnswer,
	fillCloze,
	grade,
	gradeCloze,
	gradeMatch,
	gradeMultiple,
	gradeNumeric,
	gradeOrder,
	gradeShortAnswer,
	gradeSingle,
	gradeTrueFalse,
	isEmptyAnswer,
	longestIncreasingSubsequence,
	matchText,
	type TextMatch
} from './grade';
export {
	defaultOptions,
	matchingQuestions,
	orderFor,
	selectQuestions,
	setupCount,
	type SelectableQuestion,
	type SelectedQuiz
} from './select';
export { scoreQuiz, wrongQuestionIds, type QuizScore, type TopicScore } from './score';
export { quizStrings, points } from './strings';
// The running quiz (storage-backed rune class) lives in `./QuizSession.svelte` and is imported
// from there, so that this module stays free of Svelte and storage.
