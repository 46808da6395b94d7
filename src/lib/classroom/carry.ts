/**
 * Links that carry their questions. A classroom quiz from a bank on the teacher's device
 * (`moj-…`) cannot name its questions by id alone: a student's phone has never seen that bank.
 * Such a link carries the chosen questions themselves — when the whole link still fits in a QR
 * code that a phone reads from the back of a classroom (`MAX_CARRIED_LINK_CHARS`). Otherwise
 * the link names the questions by id and the students import the bank file first.
 *
 * What travels per question is what the student's quiz needs: the prompt, the answers, the
 * explanation (feedback and the results review show it), topics (the results' breakdown) and
 * difficulty. Evidence quotes and `excludes` stay home: the text is not carried, so there is
 * nothing to quote from, and the questions were already drawn without excluded pairs.
 *
 * On arrival the questions go through the same validator as every bank (`bank/validate.ts`),
 * rebuilt as a bank whose "text" is the list of the question ids and whose evidence for each
 * question is its own id: every rule except "the quote is in the text" applies unchanged, and
 * a link with one bad question is rejected whole, naming the question and the rule in Polish.
 */
import * as v from 'valibot';
import type { Question, Topic } from '../bank/types';
import { validateBank } from '../bank/validate';
import { showProblem } from '../banks/problems';
import { classroomText as text } from './strings';

/**
 * The largest QR code a classroom link may need: version 30 (137 × 137 modules, 145 with the
 * quiet zone) at error correction level M (15 % of the code may be lost to glare on the
 * screen or a finger, as for every classroom QR code here).
 *
 * Why 30: the projector's title slide shows the code at 85 % of the screen's height in full
 * screen (`present/TitleSlide.svelte`), 918 px on a 1920 × 1080 projector, so a module is
 * 6.3 px — about 6.6 mm on a 2 m wide image. That is the module size the id-only link of a
 * 30-question quiz (version 15) already had at the slide's former size, 540 px. From the back
 * of a classroom (8 m) a phone's 1920-pixel preview at 1× sees such a module as about one
 * camera pixel; at the 2–3× zoom that phone camera apps switch to for a small QR code it is
 * 2–3 pixels, which decoders read. Larger versions make modules smaller than that.
 */
export const QR_MAX_VERSION = 30;
export const QR_ERROR_CORRECTION = 'M';
/**
 * Longest link (whole URL) that carries its questions: what a version-30, level-M QR code holds
 * in byte mode (1370 bytes; the link is ASCII, one byte a character). A unit test checks this
 * against the QR encoder itself.
 */
export const MAX_CARRIED_LINK_CHARS = 1370;

/** True when a whole link fits in a QR code read from the back of a classroom. */
export function fitsInQr(link: string): boolean {
	return link.length <= MAX_CARRIED_LINK_CHARS;
}

/** A question as the link carries it: without evidence and `excludes`, defaults left out. */
export type CarriedQuestion = Record<string, unknown>;

/** The part of a bank a link carries. */
export interface CarriedBank {
	/** The bank's title (the worksheet and the results show it). */
	title: string;
	/** The topics the carried questions name, in the bank's order. */
	topics: Topic[];
	/** Exactly the quiz's questions, in the configuration's order, validated. */
	questions: Question[];
}

/** The question as carried: evidence and `excludes` dropped, fields at their defaults too. */
export function carriedQuestion(q: Question): CarriedQuestion {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped on purpose
	const { evidence, excludes, ...rest } = q;
	if (rest.type === 'single' || rest.type === 'multiple') {
		return { ...rest, options: rest.options.map((o) => (o.correct ? o : { text: o.text })) };
	}
	if (rest.type === 'numeric') {
		const out: CarriedQuestion = { ...rest };
		if (rest.unit === '') delete out.unit;
		return out;
	}
	return rest;
}

/**
 * What a link carries of `questions` (the quiz's, in its order) from a bank with this title
 * and these topics.
 */
export function carriedBankOf(
	title: string,
	topics: readonly Topic[],
	questions: readonly Question[]
): { title: string; topics: Topic[]; questions: CarriedQuestion[] } {
	const used = new Set(questions.flatMap((q) => q.topics));
	return {
		title,
		topics: topics.filter((t) => used.has(t.id)).map((t) => ({ id: t.id, label: t.label })),
		questions: questions.map(carriedQuestion)
	};
}

/** The carried bank as read from a link, before validation. */
export const CarriedWireSchema = v.strictObject({
	title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
	topics: v.array(v.unknown()),
	questions: v.pipe(v.array(v.unknown()), v.minLength(1), v.maxLength(500))
});

/** The file name validation messages would name; never shown (problems name the item). */
const LINK_FILE = 'link';

/**
 * Validates a carried bank with the banks' validator. Returns the bank's questions (evidence
 * set to the question's id, see the module comment) or the Polish reason naming the first
 * problem.
 */
export function readCarriedBank(
	bankId: string,
	wire: v.InferOutput<typeof CarriedWireSchema>
): { ok: true; bank: CarriedBank } | { ok: false; reason: string } {
	const questions = wire.questions.map((q) =>
		typeof q === 'object' && q !== null && !Array.isArray(q)
			? { ...q, evidence: (q as { id?: unknown }).id }
			: q
	);
	const ids = questions
		.map((q) => (q as { id?: unknown }).id)
		.filter((id) => typeof id === 'string');
	const raw = {
		id: bankId,
		title: wire.title,
		description: wire.title,
		language: 'pl',
		source: LINK_FILE,
		topics: wire.topics,
		questions,
		cards: []
	};
	const result = validateBank(raw, ids.join('\n\n'), LINK_FILE, LINK_FILE);
	if (!result.ok) {
		const first = showProblem(result.problems[0] as (typeof result.problems)[number]);
		return { ok: false, reason: text.badCarried(first.where, first.rule) };
	}
	const { bank } = result.loaded;
	return { ok: true, bank: { title: bank.title, topics: bank.topics, questions: bank.questions } };
}
