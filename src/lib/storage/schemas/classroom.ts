/** Records of kind `classroom`: a teacher's shared quizzes and the results collected for them. */
import * as v from 'valibot';
import { Count, Id } from './common';

export const ClassroomRecordSchema = v.object({
	/** The quiz id carried in the share link. */
	quizId: Id,
	title: v.string(),
	bankId: Id,
	/** The encoded configuration, as carried in the link. */
	config: v.string(),
	/** Result codes imported so far, each as the student sent it. */
	results: v.array(v.string()),
	createdAt: Count,
	updatedAt: Count
});

export type ClassroomRecord = v.InferOutput<typeof ClassroomRecordSchema>;
