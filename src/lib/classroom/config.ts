/**
 * A classroom quiz configuration and its share link. The whole configuration travels in the
 * link's hash fragment, so the quiz works offline and never reaches any server.
 */
import * as v from 'valibot';
import type { Question, Topic } from '../bank/types';
import { isLocalId } from '../banks/ids';
import { rngFromSeed, shuffled, type Rng } from '../quiz/rng';
import type { QuizOptions } from '../quiz/records';
import { matchingQuestions, withoutExcluded, type SelectableQuestion } from '../quiz/select';
import { carriedBankOf, CarriedWireSchema, readCarriedBank, type CarriedBank } from './carry';
import { pack, unpackAny, type Decoded } from './codec';
import { classroomText as text } from './strings';

/** Version of a configuration that names its questions by id (kind `config`). */
export const CONFIG_VERSION = 1;
/** Version of a configuration that carries its questions (kind `carried`, see `carry.ts`). */
export const CARRIED_VERSION = 2;

const Slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(120));

/** The settings every classroom quiz has, whatever its link carries. */
const settings = {
	/** Identifies this quiz in results; random, unique per created quiz. */
	quizId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{4,40}$/)),
	title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
	bankId: Slug,
	/** Seed of option order (and of question order when `shuffle`). */
	seed: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
	mode: v.picklist(['practice', 'exam']),
	/** Minutes for the whole quiz; 0 means no limit. */
	timeLimitMinutes: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(600)),
	/** Every student gets their own order (seed combined with their name). */
	shuffle: v.boolean()
};

/** Exactly these questions, in this order, for every student. */
const QuestionIds = v.pipe(v.array(Slug), v.minLength(1), v.maxLength(500));

/** A configuration naming its questions by id: the link of a built-in bank's quiz. */
export const ClassroomConfigSchema = v.strictObject({
	v: v.literal(CONFIG_VERSION),
	quizId: settings.quizId,
	title: settings.title,
	bankId: settings.bankId,
	questionIds: QuestionIds,
	seed: settings.seed,
	mode: settings.mode,
	timeLimitMinutes: settings.timeLimitMinutes,
	shuffle: settings.shuffle
});

/** A configuration carrying its questions, as the link holds it (`questionIds` implied). */
const CarriedConfigWireSchema = v.strictObject({
	v: v.literal(CARRIED_VERSION),
	...settings,
	bankId: v.pipe(Slug, v.check(isLocalId)),
	bank: CarriedWireSchema
});

/** A configuration naming its questions by id. */
export type IdConfig = v.InferOutput<typeof ClassroomConfigSchema>;
/** A configuration carrying its questions (read and validated, see `carry.ts`). */
export type CarriedConfig = Omit<IdConfig, 'v'> & { v: typeof CARRIED_VERSION; bank: CarriedBank };
export type ClassroomConfig = IdConfig | CarriedConfig;

/** The same quiz, carrying `questions` (the bank's; only the configuration's travel). */
export function withCarriedQuestions(
	config: ClassroomConfig,
	bank: { title: string; topics: readonly Topic[]; questions: readonly Question[] }
): CarriedConfig {
	const byId = new Map(bank.questions.map((q) => [q.id, q]));
	const questions = config.questionIds.flatMap((id) => byId.get(id) ?? []);
	const { title, topics } = carriedBankOf(bank.title, bank.topics, questions);
	return { ...config, v: CARRIED_VERSION, bank: { title, topics, questions } };
}

/** The same quiz naming its questions by id. */
export function withoutCarriedQuestions(config: ClassroomConfig): IdConfig {
	if (config.v === CONFIG_VERSION) return config;
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped on purpose
	const { bank, ...rest } = config;
	return { ...rest, v: CONFIG_VERSION };
}

/** Encodes a configuration as the text carried after `#` in the share link. */
export async function encodeConfig(config: ClassroomConfig): Promise<string> {
	if (config.v === CONFIG_VERSION) return pack('config', v.parse(ClassroomConfigSchema, config));
	const { bank, questionIds, ...rest } = config;
	const carried = carriedBankOf(bank.title, bank.topics, bank.questions);
	if (carried.questions.map((q) => q.id).join() !== questionIds.join()) {
		throw new Error('carried questions differ from questionIds');
	}
	return pack('carried', v.parse(CarriedConfigWireSchema, { ...rest, bank: carried }));
}

/** Decodes and validates the text of a share link; a Polish reason when it is unusable. */
export async function decodeConfig(code: string): Promise<Decoded<ClassroomConfig>> {
	const unpacked = await unpackAny(['config', 'carried'], stripToCode(code));
	if (!unpacked.ok) return unpacked;
	const { kind, json: raw } = unpacked.value;
	// Each kind has its own versions: a newer one comes from a newer app.
	const version = (raw as { v?: unknown } | null)?.v;
	const newest = kind === 'config' ? CONFIG_VERSION : CARRIED_VERSION;
	if (typeof version === 'number' && version > newest) {
		return { ok: false, reason: text.newerVersion };
	}
	if (kind === 'config') {
		const parsed = v.safeParse(ClassroomConfigSchema, raw);
		if (!parsed.success) return { ok: false, reason: text.broken };
		if (new Set(parsed.output.questionIds).size !== parsed.output.questionIds.length) {
			return { ok: false, reason: text.broken };
		}
		return { ok: true, value: parsed.output };
	}
	const parsed = v.safeParse(CarriedConfigWireSchema, raw);
	if (!parsed.success) return { ok: false, reason: text.broken };
	const { bank: wire, ...rest } = parsed.output;
	const read = readCarriedBank(rest.bankId, wire);
	if (!read.ok) return read;
	return {
		ok: true,
		value: { ...rest, questionIds: read.bank.questions.map((q) => q.id), bank: read.bank }
	};
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
 * Checks that the bank and every question of a configuration exist on this device (a link
 * carrying its questions needs no bank). Returns null when all is there, else the Polish
 * reason: for a bank of the teacher's own, how to get its file.
 */
export function checkAgainstBank(
	config: ClassroomConfig,
	banks: readonly BankQuestions[]
): string | null {
	if (config.v === CARRIED_VERSION) return null;
	const bank = banks.find((b) => b.id === config.bankId);
	if (!bank)
		return isLocalId(config.bankId) ? text.missingLocalBank : text.missingBank(config.bankId);
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
