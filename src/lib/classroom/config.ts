/**
 * A classroom quiz configuration and its share link. The whole configuration travels in the
 * link's hash fragment, so the quiz works offline and never reaches any server.
 */
import * as v from 'valibot';
import { rngFromSeed, shuffled, type Rng } from '../quiz/rng';
import type { QuizOptions } from '../quiz/records';
import { matchingQuestions, withoutExcluded, type SelectableQuestion } from '../quiz/select';
import { pack, unpack, type Decoded } from './codec';
import { classroomText as text } from './strings';

/** Version of the configuration format written by this app. */
export const CONFIG_VERSION = 1;

const Slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(120));

export const ClassroomConfigSchema = v.strictObject({
	v: v.literal(CONFIG_VERSION),
	/** Identifies this quiz in results; random, unique per created quiz. */
	quizId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{4,40}$/)),
	title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
	bankId: Slug,
	/** Exactly these questions, in this order, for every student. */
	questionIds: v.pipe(v.array(Slug), v.minLength(1), v.maxLength(500)),
	/** Seed of option order (and of question order when `shuffle`). */
	seed: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
	mode: v.picklist(['practice', 'exam']),
	/** Minutes for the whole quiz; 0 means no limit. */
	timeLimitMinutes: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(600)),
	/** Every student gets their own order (seed combined with their name). */
	shuffle: v.boolean()
});

export type ClassroomConfig = v.InferOutput<typeof ClassroomConfigSchema>;

/** Encodes a configuration as the text carried after `#` in the share link. */
export async function encodeConfig(config: ClassroomConfig): Promise<string> {
	return pack('config', v.parse(ClassroomConfigSchema, config));
}

/** Decodes and validates the text of a share link; a Polish reason when it is unusable. */
export async function decodeConfig(code: string): Promise<Decoded<ClassroomConfig>> {
	const unpacked = await unpack('config', stripToCode(code));
	if (!unpacked.ok) return unpacked;
	const raw = unpacked.value as { v?: unknown } | null;
	if (raw && typeof raw === 'object' && typeof raw.v === 'number' && raw.v > CONFIG_VERSION) {
		return { ok: false, reason: text.newerVersion };
	}
	const parsed = v.safeParse(ClassroomConfigSchema, raw);
	if (!parsed.success) return { ok: false, reason: text.broken };
	if (new Set(parsed.output.questionIds).size !== parsed.output.questionIds.length) {
		return { ok: false, reason: text.broken };
	}
	return { ok: true, value: parsed.output };
}

/** Accepts a whole link (`…/classroom/quiz#CODE`), `#CODE` or the bare code. */
export function stripToCode(input: string): string {
	const s = input.trim();
	const hash = s.indexOf('#');
	return hash >= 0 ? s.slice(hash + 1) : s;
}

/** What the classroom pages know about a bank. */
export interface BankQuestions {
	id: string;
	questions: { id: string }[];
}

/**
 * Checks that the bank and every question of a configuration exist in this build of the app.
 * Returns null when all is there, else the Polish reason.
 */
export function checkAgainstBank(
	config: ClassroomConfig,
	banks: readonly BankQuestions[]
): string | null {
	const bank = banks.find((b) => b.id === config.bankId);
	if (!bank) return text.missingBank(config.bankId);
	const ids = new Set(bank.questions.map((q) => q.id));
	const missing = config.questionIds.find((id) => !ids.has(id));
	return missing ? text.missingQuestion(missing) : null;
}

/** The full share link for a code, given the app's origin + base path (no trailing slash). */
export function quizLink(appUrl: string, code: string): string {
	return `${appUrl}/classroom/quiz#${code}`;
}

/** A name compared the way a teacher would: case, spacing and accents ignored. */
export function normalizeName(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/ł/g, 'l')
		.replace(/Ł/g, 'L')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/** The seeded generator of a classroom quiz (the quiz engine's, so a seed means one thing). */
export function seededRandom(seed: string): Rng {
	return rngFromSeed(seed);
}

/** The seed a student's quiz runs with: their own when the order is shuffled per student. */
export function studentSeed(config: ClassroomConfig, name: string): string {
	return config.shuffle ? `${config.seed}:${normalizeName(name)}` : config.seed;
}

/**
 * The quiz options every student runs with: exactly the configuration's questions (in its
 * order, or shuffled per student by the seed), its mode and time limit, answers shuffled.
 */
export function studentOptions(config: ClassroomConfig): QuizOptions {
	return {
		count: 'all',
		topics: [],
		types: [],
		difficulties: [],
		mode: config.mode,
		timeLimitMinutes: config.timeLimitMinutes,
		shuffleOptions: true,
		questionIds: [...config.questionIds]
	};
}

/** What the teacher picks on the set-up page. */
export interface Selection {
	topics: readonly string[];
	types: readonly string[];
	count: number;
}

/**
 * Picks the questions of a classroom quiz: those matching the topics and types (nothing ticked
 * means nothing), a random `count` of them (by `random`), kept in the bank's order so the
 * worksheet reads naturally. Filters and shuffle are the quiz engine's.
 */
export function selectQuestions<Q extends SelectableQuestion>(
	questions: readonly Q[],
	selection: Selection,
	random: Rng
): Q[] {
	if (selection.topics.length === 0 || selection.types.length === 0) return [];
	const matching = matchingQuestions(questions, {
		topics: [...selection.topics],
		types: [...selection.types],
		difficulties: []
	});
	// Drawn like the learner's own quiz: never two questions of a declared pair.
	const chosen = new Set(
		withoutExcluded(shuffled(matching, random))
			.slice(0, Math.max(0, selection.count))
			.map((q) => q.id)
	);
	return matching.filter((q) => chosen.has(q.id));
}

/** A fresh random id for a quiz (`now` in ms keeps ids sortable by creation). */
export function newQuizId(now: number, random: () => number): string {
	const tail = Math.floor(random() * 36 ** 6)
		.toString(36)
		.padStart(6, '0');
	return `${now.toString(36)}${tail}`;
}
