/**
 * Records of kind `classroom`: a teacher's shared quizzes and the results collected for them.
 * The classroom feature owns this schema; storage imports it to validate what it reads.
 */
import * as v from 'valibot';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
/** Milliseconds since the epoch. */
const Time = v.pipe(v.number(), v.integer(), v.minValue(0));

export const ClassroomRecordSchema = v.object({
	/** The quiz id carried in the share link. */
	quizId: Id,
	title: v.string(),
	bankId: Id,
	/** The encoded configuration, as carried in the link. */
	config: v.string(),
	/**
	 * Result codes imported so far, whitespace removed. Since results are checked on import
	 * this holds only accepted results; older records may still hold others (they are flagged).
	 */
	results: v.array(v.string()),
	/** When the quiz was made, ms since epoch. */
	createdAt: Time,
	/** When the record last changed, ms since epoch. */
	updatedAt: Time
});

export type ClassroomRecord = v.InferOutput<typeof ClassroomRecordSchema>;
