/**
 * A classroom quiz configuration and its share link. The whole configuration travels in the
 * link's hash fragment, so the quiz works offline and never reaches any server.
 */
import * as v from 'valibot';
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

/** FNV-1a 32-bit hash of a string. */
export function fnv1a(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** A small seeded generator (mulberry32) returning numbers in [0, 1). */
export function seededRandom(seed: string): () => number {
	let a = fnv1a(seed);
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher–Yates shuffle of a copy, driven by `random`. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

/** The seed a student's quiz runs with: their own when the order is shuffled per student. */
export function studentSeed(config: ClassroomConfig, name: string): string {
	return config.shuffle ? `${config.seed}:${normalizeName(name)}` : config.seed;
}

/** What the teacher picks on the set-up page. */
export interface Selection {
	topics: readonly string[];
	types: readonly string[];
	count: number;
}

/**
 * Picks the questions of a classroom quiz: those matching the topics and types, a random
 * `count` of them (by `random`), kept in the bank's order so the worksheet reads naturally.
 */
export function selectQuestions<Q extends { id: string; type: string; topics: string[] }>(
	questions: readonly Q[],
	selection: Selection,
	random: () => number
): Q[] {
	const matching = questions.filter(
		(q) => selection.types.includes(q.type) && q.topics.some((t) => selection.topics.includes(t))
	);
	const chosen = new Set(
		shuffled(matching, random)
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
