/**
 * The quiz's own data, as valibot schemas with their inferred types (the one definition of
 * each): a learner's answer, the options of a quiz, and the stored records of kind `attempts`
 * (finished quizzes) and `sessions` (the quiz in progress). Storage validates what it reads
 * with these schemas.
 */
import * as v from 'valibot';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
/** A whole number ≥ 0 (counts, epoch milliseconds). */
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Finite = v.pipe(v.number(), v.finite());

/**
 * A learner's answer to one question: an option index, indices, a boolean, typed text,
 * or one entry per gap / pair / item. `null` means not answered.
 */
export const AnswerSchema = v.nullable(
	v.union([v.string(), Finite, v.boolean(), v.array(v.nullable(v.union([v.string(), Finite])))])
);

/** Practice: feedback after every question; exam: the grade only at the end. */
export const ModeSchema = v.picklist(['practice', 'exam']);

/** Options chosen on the set-up screen (stored with every session and attempt). */
export const QuizOptionsSchema = v.object({
	/** How many questions: a number or every matching question. */
	count: v.union([Count, v.literal('all')]),
	/** Topic ids; a question matches when it has any of them. Empty means every topic. */
	topics: v.array(v.string()),
	/** Question types; empty means every type. */
	types: v.array(v.string()),
	/** Difficulties 1–3; empty means every difficulty. */
	difficulties: v.array(v.picklist([1, 2, 3])),
	mode: ModeSchema,
	/** Minutes for the whole exam; 0 means no limit. */
	timeLimitMinutes: Count,
	/** Shuffle the order of answers (single / multiple). Match and order are always shuffled. */
	shuffleOptions: v.boolean(),
	/** When set, exactly these questions (Popraw błędy, classroom quizzes); filters are ignored. */
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
export type QuizAnswer = v.InferOutput<typeof AnswerSchema>;
export type Mode = v.InferOutput<typeof ModeSchema>;
export type QuizOptions = v.InferOutput<typeof QuizOptionsSchema>;
export type AttemptRecord = v.InferOutput<typeof AttemptSchema>;
export type SessionRecord = v.InferOutput<typeof SessionSchema>;
/** How many questions a quiz asks: a number or every matching question. */
export type QuestionCount = QuizOptions['count'];
