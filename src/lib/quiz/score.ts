/** Totals of a finished quiz: points, per-topic breakdown, questions to correct. */
import type { Grade, Question } from './types';

export interface TopicScore {
	topic: string;
	score: number;
	max: number;
}

export interface QuizScore {
	/** Sum of per-question scores (each question is worth one point). */
	score: number;
	maxScore: number;
	/** 0–1. */
	fraction: number;
	byTopic: TopicScore[];
	/** Ids of questions scored below 1, in quiz order (Popraw błędy). */
	wrongIds: string[];
}

/**
 * Sums the grades of a quiz. `topicOrder` lists topic ids in display order (the bank's);
 * a question with several topics counts in each of them.
 */
export function scoreQuiz(
	questions: readonly Question[],
	grades: Readonly<Record<string, Pick<Grade, 'score'>>>,
	topicOrder: readonly string[] = []
): QuizScore {
	let score = 0;
	const wrongIds: string[] = [];
	const topics = new Map<string, TopicScore>();
	for (const t of topicOrder) topics.set(t, { topic: t, score: 0, max: 0 });
	for (const q of questions) {
		const s = grades[q.id]?.score ?? 0;
		score += s;
		if (s < 1) wrongIds.push(q.id);
		for (const t of q.topics) {
			let entry = topics.get(t);
			if (!entry) topics.set(t, (entry = { topic: t, score: 0, max: 0 }));
			entry.score += s;
			entry.max += 1;
		}
	}
	const maxScore = questions.length;
	return {
		score,
		maxScore,
		fraction: maxScore ? score / maxScore : 0,
		byTopic: [...topics.values()].filter((t) => t.max > 0),
		wrongIds
	};
}

/** Ids of the questions to repeat in "Popraw błędy": those scored below 1. */
export function wrongQuestionIds(
	questionIds: readonly string[],
	scores: Readonly<Record<string, number>>
): string[] {
	return questionIds.filter((id) => (scores[id] ?? 0) < 1);
}
