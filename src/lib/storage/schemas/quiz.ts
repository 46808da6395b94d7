/** Records of kind `attempts` (finished quizzes) and `sessions` (the quiz in progress). */
import * as v from 'valibot';
import { Count, Finite, Id } from './common';

/**
 * A learner's answer to one question: an option index, indices, a boolean, typed text,
 * or one entry per gap / pair / item. `null` means not answered.
 */
export const AnswerSchema = v.nullable(
	v.union([v.string(), Finite, v.boolean(), v.array(v.nullable(v.union([v.string(), Finite])))])
);

export const QuizOptionsSchema = v.object({
	count: v.union([Count, v.literal('all')]),
	topics: v.array(v.string()),
	types: v.array(v.string()),
	difficulties: v.array(v.picklist([1, 2, 3])),
	mode: v.picklist(['practice', 'exam']),
	/** Minutes for the whole exam; 0 means no limit. */
	timeLimitMinutes: Count,
	shuffleOptions: v.boolean(),
	/** When set, exactly these questions (Popraw błędy, classroom quizzes). */
	questionIds: v.optional(v.array(Id))
});

export const AttemptSchema = v.object({
	id: Id,
	bankId: Id,
	options: QuizOptionsSchema,
	seed: v.string(),
	questionIds: v.array(Id),
	answers: v.record(v.string(), AnswerSchema),
	/** Score per question id, 0–1. */
	scores: v.record(v.string(), v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
	score: v.pipe(v.number(), v.minValue(0)),
	maxScore: Count,
	startedAt: Count,
	finishedAt: Count,
	/** Time spent answering, in milliseconds. */
	durationMs: Count,
	/** Classroom quiz id and the student's name, when the attempt came from a shared link. */
	classroom: v.optional(v.object({ quizId: Id, name: v.string() })),
	updatedAt: Count
});

export const SessionSchema = v.object({
	id: Id,
	bankId: Id,
	options: QuizOptionsSchema,
	seed: v.string(),
	questionIds: v.array(Id),
	/** Option order shown for each question (indices into its options / pairs / items). */
	orders: v.record(v.string(), v.array(Count)),
	answers: v.record(v.string(), AnswerSchema),
	/** Ids of questions already checked (practice) or submitted. */
	checked: v.array(Id),
	/** Ids of questions skipped with "Pomiń" (exam) and not answered since. */
	skipped: v.optional(v.array(Id), []),
	current: Count,
	startedAt: Count,
	/** Epoch ms when an exam's time runs out, or null for no limit. */
	deadline: v.nullable(Count),
	classroom: v.optional(v.object({ quizId: Id, name: v.string() })),
	updatedAt: Count
});

export type Answer = v.InferOutput<typeof AnswerSchema>;
export type QuizOptions = v.InferOutput<typeof QuizOptionsSchema>;
export type AttemptRecord = v.InferOutput<typeof AttemptSchema>;
export type SessionRecord = v.InferOutput<typeof SessionSchema>;
