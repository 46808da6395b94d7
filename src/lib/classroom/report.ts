/**
 * The class report: many students' results of one classroom quiz aggregated per student and
 * per question, with the average and the distribution. Results from another quiz, broken codes
 * and duplicates are flagged with a reason instead of being mixed in.
 */
import type { ClassroomConfig } from './config';
import { normalizeName } from './config';
import type { Decoded } from './codec';
import { decodeResult, type ClassroomResult } from './result';
import { polishCollator } from '../format';
import { classroomText as text } from './strings';

/** One result code, decoded (or not), and what names it to the teacher. */
export interface ImportedResult {
	/** The code with whitespace removed (how it is stored and compared). */
	code: string;
	/** A short, safe excerpt naming it: the file name or the start of the code. */
	source: string;
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

/** Why a result is not counted. */
export const FLAG_KINDS = [
	'unreadable',
	'otherQuiz',
	'wrongQuestions',
	'duplicate',
	'sameName'
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export interface FlaggedResult {
	/** A short, safe excerpt naming it: the file name or the start of the code. */
	source: string;
	/** The student's name when the code could be read. */
	name: string | null;
	kind: FlagKind;
	/** The reason in Polish, as shown. */
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
	/** Accepted results, ordered by name: every student once. */
	students: StudentRow[];
	/** Questions, the ones most of the class missed first. */
	questions: QuestionRow[];
	/** Average percent, or null when there is no accepted result. */
	averagePercent: number | null;
	distribution: Bucket[];
	/** Stored results that are not counted (older versions stored every readable code). */
	flagged: FlaggedResult[];
}

/** Score buckets of the distribution (lowest percent of each). */
export const BUCKETS = [0, 20, 40, 60, 80] as const;

/** Longest excerpt of a student's input shown in a message. */
export const EXCERPT_CHARS = 60;

/**
 * A short, safe excerpt of untrusted text for a message: control characters and runs of
 * whitespace become one space, and text longer than `max` characters is cut with "…".
 */
export function excerpt(input: string, max = EXCERPT_CHARS): string {
	// eslint-disable-next-line no-control-regex
	const flat = input.replace(/[\u0000-\u001f\u007f-\u009f\s]+/gu, ' ').trim();
	const chars = [...flat];
	return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}

/** A result code as stored and compared: every whitespace (from pasting) removed. */
export function normalizeCode(code: string): string {
	return code.replace(/\s+/g, '');
}

/** How much of a pasted code names it in a message (codes are long and look alike). */
const CODE_EXCERPT = 24;

/** Decodes many codes (in order); `sources` name them (default: the start of each code). */
export async function decodeAll(
	codes: readonly string[],
	sources: readonly string[] = []
): Promise<ImportedResult[]> {
	return Promise.all(
		codes.map(async (raw, i) => {
			const code = normalizeCode(raw);
			return {
				code,
				source: excerpt(
					sources[i] ?? code,
					sources[i] === undefined ? CODE_EXCERPT : EXCERPT_CHARS
				),
				decoded: await decodeResult(code)
			};
		})
	);
}

/**
 * The one rule deciding whether a result counts, applied in order: the first readable result
 * of a student for this quiz counts; the same code again is a duplicate, another code under the
 * same name (case, spacing and accents ignored) is the same student again.
 */
class Admission {
	readonly #config: ClassroomConfig;
	readonly #expected: Set<string>;
	readonly #titles: Readonly<Record<string, string>>;
	readonly #codes = new Set<string>();
	readonly #names = new Set<string>();

	constructor(config: ClassroomConfig, titles: Readonly<Record<string, string>>) {
		this.#config = config;
		this.#expected = new Set(config.questionIds);
		this.#titles = titles;
	}

	/** Admits the result, or returns why it does not count. */
	admit({ code, source, decoded }: ImportedResult): FlaggedResult | null {
		if (!decoded.ok) return { source, name: null, kind: 'unreadable', reason: decoded.reason };
		const r = decoded.value;
		const flag = (kind: FlagKind, reason: string) => ({
			source,
			name: excerpt(r.name),
			kind,
			reason
		});
		if (r.quizId !== this.#config.quizId) {
			return flag('otherQuiz', text.differentQuiz(excerpt(this.#titles[r.quizId] ?? '')));
		}
		const keys = Object.keys(r.scores);
		if (
			r.maxScore !== this.#expected.size ||
			keys.length !== this.#expected.size ||
			keys.some((k) => !this.#expected.has(k))
		) {
			return flag('wrongQuestions', text.wrongQuestions);
		}
		if (this.#codes.has(code)) return flag('duplicate', text.duplicate);
		const name = normalizeName(r.name);
		if (this.#names.has(name)) return flag('sameName', text.sameName);
		this.#codes.add(code);
		this.#names.add(name);
		return null;
	}
}

/** What adding results to a quiz did: the codes to store and how each new one fared. */
export interface ResultsImport {
	/** The stored codes followed by the newly accepted ones (what the record should hold). */
	results: string[];
	/** How many new results count (each is one more row of the table). */
	added: number;
	/** New results that were not added, in the order given. */
	skipped: FlaggedResult[];
}

/**
 * Adds `incoming` results to the `stored` ones of a quiz. Only results that count are kept,
 * so the table gains exactly `added` rows; stored results stay as they are.
 */
export function importResults(
	config: ClassroomConfig,
	stored: readonly ImportedResult[],
	incoming: readonly ImportedResult[],
	quizTitles: Readonly<Record<string, string>> = {}
): ResultsImport {
	const admission = new Admission(config, quizTitles);
	for (const r of stored) admission.admit(r);
	const results = stored.map((r) => r.code);
	const skipped: FlaggedResult[] = [];
	for (const r of incoming) {
		const flag = admission.admit(r);
		if (flag) skipped.push(flag);
		else results.push(r.code);
	}
	return { results, added: results.length - stored.length, skipped };
}

/** Skipped results per kind, every kind present (for "pominięto: …" messages). */
export function countFlags(flags: readonly FlaggedResult[]): Record<FlagKind, number> {
	const counts = Object.fromEntries(FLAG_KINDS.map((k) => [k, 0])) as Record<FlagKind, number>;
	for (const f of flags) counts[f.kind]++;
	return counts;
}

/**
 * Aggregates decoded results for one quiz, each admitted by the rule above.
 * `quizTitles` names other known quizzes, so a result from one of them says which.
 */
export function buildReport(
	config: ClassroomConfig,
	imported: readonly ImportedResult[],
	quizTitles: Readonly<Record<string, string>> = {}
): ClassReport {
	const accepted: StudentRow[] = [];
	const flagged: FlaggedResult[] = [];
	const admission = new Admission(config, quizTitles);

	for (const item of imported) {
		const flag = admission.admit(item);
		if (flag) {
			flagged.push(flag);
			continue;
		}
		if (!item.decoded.ok) continue;
		const r = item.decoded.value;
		accepted.push({
			name: r.name,
			score: r.score,
			maxScore: r.maxScore,
			percent: r.maxScore > 0 ? (r.score / r.maxScore) * 100 : 0,
			durationMs: r.durationMs,
			finishedAt: r.finishedAt,
			scores: r.scores,
			code: item.code
		});
	}

	accepted.sort((a, b) => polishCollator.compare(a.name, b.name) || a.finishedAt - b.finishedAt);

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
