/**
 * The class report: many students' results of one classroom quiz aggregated per student and
 * per question, with the average and the distribution. Results from another quiz, broken codes
 * and duplicates are flagged with a reason instead of being mixed in.
 */
import type { ClassroomConfig } from './config';
import { normalizeName } from './config';
import type { Decoded } from './codec';
import { decodeResult, type ClassroomResult } from './result';
import { classroomText as text } from './strings';

/** One imported code, decoded (or not). */
export interface ImportedResult {
	code: string;
	decoded: Decoded<ClassroomResult>;
}

export interface StudentRow {
	name: string;
	score: number;
	maxScore: number;
	/** score / maxScore × 100. */
	percent: number;
	durationMs: number;
	finishedAt: number;
	/** Credit per question id, 0–1. */
	scores: Record<string, number>;
	code: string;
}

export interface QuestionRow {
	id: string;
	/** 1-based position in the quiz as the teacher made it. */
	position: number;
	/** Average credit over the students, 0–1. */
	share: number;
	/** Students who got it fully right. */
	correct: number;
	/** Students who left it unanswered. */
	unanswered: number;
}

export interface FlaggedResult {
	code: string;
	/** The student's name when the code could be read. */
	name: string | null;
	reason: string;
}

export interface Bucket {
	/** "0–19%", … "80–100%". */
	label: string;
	/** Lowest percent in the bucket (inclusive). */
	from: number;
	count: number;
}

export interface ClassReport {
	/** Accepted results, ordered by name. */
	students: StudentRow[];
	/** Questions, the ones most of the class missed first. */
	questions: QuestionRow[];
	/** Average percent, or null when there is no accepted result. */
	averagePercent: number | null;
	distribution: Bucket[];
	flagged: FlaggedResult[];
}

/** Score buckets of the distribution (lowest percent of each). */
export const BUCKETS = [0, 20, 40, 60, 80] as const;

/** Decodes many codes (in order). */
export async function decodeAll(codes: readonly string[]): Promise<ImportedResult[]> {
	return Promise.all(codes.map(async (code) => ({ code, decoded: await decodeResult(code) })));
}

const collator = new Intl.Collator('pl', { sensitivity: 'base' });

/**
 * Aggregates decoded results for one quiz. The first result of a student counts; a later one
 * with the same name is flagged, as is an identical code imported twice.
 * `quizTitles` names other known quizzes, so a result from one of them says which.
 */
export function buildReport(
	config: ClassroomConfig,
	imported: readonly ImportedResult[],
	quizTitles: Readonly<Record<string, string>> = {}
): ClassReport {
	const accepted: StudentRow[] = [];
	const flagged: FlaggedResult[] = [];
	const seenCodes = new Set<string>();
	const seenNames = new Set<string>();
	const expected = new Set(config.questionIds);

	for (const { code, decoded } of imported) {
		if (!decoded.ok) {
			flagged.push({ code, name: null, reason: decoded.reason });
			continue;
		}
		const r = decoded.value;
		const flag = (reason: string) => flagged.push({ code, name: r.name, reason });
		if (r.quizId !== config.quizId) {
			flag(text.differentQuiz(quizTitles[r.quizId] ?? ''));
			continue;
		}
		const keys = Object.keys(r.scores);
		if (
			r.maxScore !== expected.size ||
			keys.length !== expected.size ||
			keys.some((k) => !expected.has(k))
		) {
			flag(text.wrongQuestions);
			continue;
		}
		if (seenCodes.has(code)) {
			flag(text.duplicate);
			continue;
		}
		seenCodes.add(code);
		const name = normalizeName(r.name);
		if (seenNames.has(name)) {
			flag(text.sameName);
			continue;
		}
		seenNames.add(name);
		accepted.push({
			name: r.name,
			score: r.score,
			maxScore: r.maxScore,
			percent: r.maxScore > 0 ? (r.score / r.maxScore) * 100 : 0,
			durationMs: r.durationMs,
			finishedAt: r.finishedAt,
			scores: r.scores,
			code
		});
	}

	accepted.sort((a, b) => collator.compare(a.name, b.name) || a.finishedAt - b.finishedAt);

	const answersOf = new Map(
		imported.flatMap((i) => (i.decoded.ok ? [[i.code, i.decoded.value.answers] as const] : []))
	);
	const questions: QuestionRow[] = config.questionIds.map((id, i) => {
		const scores = accepted.map((s) => s.scores[id] ?? 0);
		return {
			id,
			position: i + 1,
			share: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 0,
			correct: scores.filter((s) => s >= 1).length,
			unanswered: accepted.filter((s) => (answersOf.get(s.code)?.[id] ?? null) === null).length
		};
	});
	questions.sort((a, b) => a.share - b.share || a.position - b.position);

	const distribution = BUCKETS.map((from, i) => {
		const to = BUCKETS[i + 1];
		return {
			label: to === undefined ? `${from}–100%` : `${from}–${to - 1}%`,
			from,
			count: accepted.filter((s) => s.percent >= from && (to === undefined || s.percent < to))
				.length
		};
	});

	return {
		students: accepted,
		questions,
		averagePercent: accepted.length
			? accepted.reduce((a, s) => a + s.percent, 0) / accepted.length
			: null,
		distribution,
		flagged
	};
}
