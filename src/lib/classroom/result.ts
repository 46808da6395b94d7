/**
 * A student's result of a classroom quiz: a compact code (base64url of compressed JSON with a
 * checksum) that the student copies or shares, and a JSON file holding the same code.
 */
import * as v from 'valibot';
import { AnswerSchema } from '../quiz/records';
import { pack, unpack, type Decoded } from './codec';
import { classroomText as text } from './strings';

export const RESULT_VERSION = 1;

const QuestionId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(120));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const ClassroomResultSchema = v.pipe(
	v.strictObject({
		v: v.literal(RESULT_VERSION),
		quizId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{4,40}$/)),
		/** The name or nickname the student typed. */
		name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)),
		/** The student's answer per question id (`null`: not answered). */
		answers: v.record(QuestionId, AnswerSchema),
		/** Credit per question id, 0–1. */
		scores: v.record(QuestionId, v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
		/** Sum of `scores`. */
		score: v.pipe(v.number(), v.minValue(0)),
		/** Number of questions. */
		maxScore: Count,
		/** Time spent answering, in milliseconds. */
		durationMs: Count,
		/** When the quiz was finished, ms since epoch. */
		finishedAt: Count
	}),
	v.check((r) => r.score <= r.maxScore + 1e-9, 'score above maxScore')
);

export type ClassroomResult = v.InferOutput<typeof ClassroomResultSchema>;

/** Encodes a result as the code the student sends. */
export async function encodeResult(result: ClassroomResult): Promise<string> {
	return pack('result', v.parse(ClassroomResultSchema, result));
}

/** Decodes and validates a result code; a Polish reason when it is unusable. */
export async function decodeResult(code: string): Promise<Decoded<ClassroomResult>> {
	const unpacked = await unpack('result', code.replace(/\s+/g, ''));
	if (!unpacked.ok) {
		return {
			ok: false,
			reason: unpacked.reason === text.broken ? text.brokenResult : unpacked.reason
		};
	}
	const raw = unpacked.value as { v?: unknown } | null;
	if (raw && typeof raw === 'object' && typeof raw.v === 'number' && raw.v > RESULT_VERSION) {
		return { ok: false, reason: text.newerResultVersion };
	}
	const parsed = v.safeParse(ClassroomResultSchema, raw);
	if (!parsed.success) return { ok: false, reason: text.brokenResult };
	return { ok: true, value: parsed.output };
}

/** Marks the JSON file a student downloads. */
export const RESULT_FILE_FORMAT = 'kartkowka-wynik';

/** The downloadable result file: the code plus a readable summary for the teacher. */
export function resultFile(result: ClassroomResult, code: string, quizTitle: string): string {
	return JSON.stringify(
		{
			format: RESULT_FILE_FORMAT,
			v: RESULT_VERSION,
			quiz: quizTitle,
			name: result.name,
			score: result.score,
			maxScore: result.maxScore,
			finishedAt: new Date(result.finishedAt).toISOString(),
			code
		},
		null,
		2
	);
}

/** A safe file name for a result file: `wynik-<name>-<quiz id>.json`. */
export function resultFileName(result: ClassroomResult): string {
	const name =
		result.name
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.replace(/[łŁ]/g, 'l')
			.replace(/[^A-Za-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.toLowerCase()
			.slice(0, 40) || 'uczen';
	return `wynik-${name}-${result.quizId}.json`;
}

/**
 * The result code held by an uploaded file: a result file's `code`, or a plain text file
 * holding just a code. Returns a Polish reason when the file is neither.
 */
export function codeFromFile(content: string): Decoded<string> {
	const trimmed = content.replace(/^\uFEFF/, '').trim();
	if (trimmed.startsWith('{')) {
		try {
			const json = JSON.parse(trimmed) as { format?: unknown; code?: unknown };
			if (json.format === RESULT_FILE_FORMAT && typeof json.code === 'string') {
				return { ok: true, value: json.code };
			}
		} catch {
			// fall through to the reason below
		}
		return { ok: false, reason: text.badFile };
	}
	if (/^[A-Za-z0-9_-]+$/.test(trimmed)) return { ok: true, value: trimmed };
	return { ok: false, reason: text.badFile };
}

/** Splits pasted text into codes: one per line (blank lines ignored). */
export function splitCodes(pasted: string): string[] {
	return pasted
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean);
}

/** What a finished quiz attempt holds that a result code needs (see the `attempts` kind). */
export interface FinishedAttempt {
	answers: ClassroomResult['answers'];
	scores: ClassroomResult['scores'];
	score: number;
	maxScore: number;
	durationMs: number;
	finishedAt: number;
}

/** The result a student sends for a finished attempt of a classroom quiz. */
export function resultFromAttempt(
	attempt: FinishedAttempt,
	quizId: string,
	name: string
): ClassroomResult {
	return {
		v: RESULT_VERSION,
		quizId,
		name: name.trim(),
		answers: attempt.answers,
		scores: attempt.scores,
		score: attempt.score,
		maxScore: attempt.maxScore,
		durationMs: attempt.durationMs,
		finishedAt: attempt.finishedAt
	};
}
