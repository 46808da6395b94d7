/**
 * Measurable checks of a bank's quality, run by the unit tests so that a bank a teacher edits
 * keeps them: answers that leak from one question into another, a correct option given away by
 * its length, numbers in UI hints that answer a question, cloze gaps that accept a wrong form.
 * Every check names the ids at fault.
 */
import { isOtherForm } from '../quiz/forms';
import { normaliseText, parsePolishNumber, unitMultiplier } from '../quiz/normalise';
import { parseNumberWords } from '../quiz/numerals';
import type { Card, Question } from './types';

/** Prepositions dropped from the start of an answer before it is looked for elsewhere. */
const PREPOSITIONS = new Set(
	[
		'do',
		'na',
		'w',
		'we',
		'z',
		'ze',
		'od',
		'po',
		'przy',
		'o',
		'dla',
		'przez',
		'za',
		'u',
		'jako'
	].map((p) => normaliseText(p))
);

/** Answers shorter than this (in letters) are too common to count as a leak ("Xi", "br"). */
const MIN_LEAK_LETTERS = 3;

/** Choice questions whose correct option is strictly longer than every other option. */
export interface LongestCorrect {
	/** Choice questions looked at. */
	total: number;
	/** Ids of those whose (a) correct option is strictly the longest. */
	offenders: string[];
}

/**
 * For `single` questions: the correct option is strictly the longest. For `multiple`: the
 * longest option is correct and strictly longer than every other.
 */
export function correctIsLongest(questions: readonly Question[]): LongestCorrect {
	const offenders: string[] = [];
	let total = 0;
	for (const q of questions) {
		if (q.type !== 'single' && q.type !== 'multiple') continue;
		total++;
		const lengths = q.options.map((o) => o.text.trim().length);
		const max = Math.max(...lengths);
		const longest = q.options.filter((o) => o.text.trim().length === max);
		if (longest.length === 1 && longest[0]?.correct) offenders.push(q.id);
	}
	return { total, offenders };
}

/** What a learner sees before answering: prompt, options, pairs, items, cloze text. */
export function shownTexts(q: Question): string[] {
	switch (q.type) {
		case 'single':
		case 'multiple':
			return [q.prompt, ...q.options.map((o) => o.text)];
		case 'match':
			return [q.prompt, ...q.pairs.flatMap((p) => [p.left, p.right])];
		case 'order':
			return [q.prompt, ...q.items];
		case 'cloze':
			return [q.prompt, q.text.replace(/\{\d+\}/g, ' … ')];
		default:
			return [q.prompt];
	}
}

/**
 * The answer a learner has to find, as texts: correct options, the accepted short answers,
 * the first answer of every cloze gap. Numbers are handled by `numericAnswer`; true/false,
 * match and order have no answer text of their own (their parts are all shown).
 */
export function answerTexts(q: Question): string[] {
	switch (q.type) {
		case 'single':
		case 'multiple':
			return q.options.filter((o) => o.correct).map((o) => o.text);
		case 'short':
			return q.answers;
		case 'cloze':
			return q.gaps.map((g) => g[0] ?? '');
		default:
			return [];
	}
}

/**
 * The answer's words without a leading preposition, each cut to its stem so that any case
 * form matches ("Do Moskwy" → ["mosk"], "Teheranem" → ["tehera"]).
 */
function leakKey(answer: string): string[] {
	const words = normaliseText(answer).split(' ').filter(Boolean);
	while (words.length > 1 && PREPOSITIONS.has(words[0] as string)) words.shift();
	// Short words ("ONZ", "Rau") must match whole; a trailing "$" marks them.
	return words.map((w) => (w.length < 5 ? `${w}$` : w.slice(0, Math.max(4, w.length - 3))));
}

/** True when the words of `text` hold the stems of `key` one after another. */
function holdsKey(text: string[], key: string[]): boolean {
	const fits = (w: string, st: string) =>
		st.endsWith('$') ? w === st.slice(0, -1) : w.startsWith(st);
	for (let i = 0; i + key.length <= text.length; i++) {
		if (key.every((st, j) => fits(text[i + j] as string, st))) return true;
	}
	return false;
}

/** Every number written in `text`, with digits ("7598", "80 tys.") or in words ("sześciu"). */
export function numbersIn(text: string): number[] {
	const found: number[] = [];
	for (const m of text.matchAll(/\d{1,3}(?: \d{3})+(?!\d)|\d+(?:[.,]\d+)*/g)) {
		const value = parsePolishNumber(text.slice(m.index));
		if (value !== null) found.push(value);
		const bare = parsePolishNumber(m[0]);
		if (bare !== null && bare !== value) found.push(bare);
	}
	const words = text.split(/\s+/);
	words.forEach((w, i) => {
		if (parseNumberWords(w) === null) return;
		const value = parseNumberWords(words.slice(i).join(' '));
		if (value !== null) found.push(value);
	});
	return found;
}

/**
 * The numbers that answer a numeric question: the answer in its unit and, when the unit
 * carries a multiplier ("tys. ton"), the whole number too (80 and 80 000).
 */
function numericValues(q: Extract<Question, { type: 'numeric' }>): number[] {
	const mult = unitMultiplier(q.unit);
	return mult === 1 ? [q.answer] : [q.answer, q.answer * mult];
}

function declared(a: Question, b: Question): boolean {
	return (a.excludes ?? []).includes(b.id) || (b.excludes ?? []).includes(a.id);
}

/** One answer of `answerOf` seen in what `shownIn` shows. */
export interface Leak {
	answerOf: string;
	shownIn: string;
	answer: string;
}

/** A word's stem for comparing contexts: its first five letters ("tenisa" → "tenis"). */
const STEM = 5;
/** A stem is distinctive when it occurs in at most this share of the bank's questions. */
const DISTINCTIVE_SHARE = 0.1;
/** How many distinctive stems of a question's prompt must come with its answer to leak it. */
const CONTEXT_STEMS = 2;

function stems(text: string): Set<string> {
	return new Set(
		normaliseText(text)
			.split(' ')
			.filter((w) => w.length >= STEM)
			.map((w) => w.slice(0, STEM))
	);
}

/**
 * Answers of one question that another question shows, where the bank does not declare the
 * pair in `excludes`. A number leaks wherever it is shown ("7598", "80 tys.", "dziewięciu").
 * A text answer leaks when it is shown together with at least two distinctive words of the
 * first question's prompt: "Turcji" next to "tenisa stołowego" gives away "Z prezydentem
 * którego państwa Tokajew rozegrał rundę tenisa stołowego?", while "Turcji" in a list of
 * foreign ministers does not.
 */
export function answerLeaks(questions: readonly Question[]): Leak[] {
	const leaks: Leak[] = [];
	const shown = new Map(
		questions.map((q) => [q.id, shownTexts(q).map((t) => normaliseText(t).split(' '))])
	);
	const shownStems = new Map(questions.map((q) => [q.id, stems(shownTexts(q).join(' '))]));
	const frequency = new Map<string, number>();
	for (const set of shownStems.values())
		for (const st of set) frequency.set(st, (frequency.get(st) ?? 0) + 1);
	const distinctive = (st: string) =>
		(frequency.get(st) ?? 0) <= Math.max(2, DISTINCTIVE_SHARE * questions.length);
	const shownNumbers = new Map(questions.map((q) => [q.id, shownTexts(q).flatMap(numbersIn)]));
	for (const a of questions) {
		const keys = answerTexts(a)
			.map((text) => ({ text, key: leakKey(text) }))
			.filter((k) => k.key.join('').replace(/\$/g, '').length >= MIN_LEAK_LETTERS);
		const answerStems = stems(answerTexts(a).join(' '));
		const context = [...stems(a.prompt)].filter((st) => distinctive(st) && !answerStems.has(st));
		const values = a.type === 'numeric' ? numericValues(a) : [];
		for (const b of questions) {
			if (a.id === b.id || declared(a, b)) continue;
			const texts = shown.get(b.id) ?? [];
			const bStems = shownStems.get(b.id) ?? new Set<string>();
			const shared = context.filter((st) => bStems.has(st)).length;
			for (const { text, key } of keys) {
				if (shared >= CONTEXT_STEMS && texts.some((t) => holdsKey(t, key))) {
					leaks.push({ answerOf: a.id, shownIn: b.id, answer: text });
					break;
				}
			}
			const nums = shownNumbers.get(b.id) ?? [];
			const hit = values.find((v) => nums.some((n) => Math.abs(n - v) < 1e-9));
			if (hit !== undefined) leaks.push({ answerOf: a.id, shownIn: b.id, answer: String(hit) });
		}
	}
	return leaks;
}

/** Every number that is an answer somewhere in the bank: numeric answers, numbers in gaps and on card backs. */
export function answerNumbers(
	questions: readonly Question[],
	cards: readonly Card[]
): Map<number, string[]> {
	const byValue = new Map<number, string[]>();
	const add = (value: number, id: string) =>
		byValue.set(value, [...(byValue.get(value) ?? []), id]);
	for (const q of questions) {
		if (q.type === 'numeric') for (const v of numericValues(q)) add(v, q.id);
		if (q.type === 'cloze')
			for (const gap of q.gaps) for (const v of gap.flatMap(numbersIn)) add(v, q.id);
		if (q.type === 'short') for (const v of q.answers.flatMap(numbersIn)) add(v, q.id);
	}
	for (const c of cards) for (const v of numbersIn(c.back)) add(v, c.id);
	return byValue;
}

/** A number in a UI hint that answers an item of the bank. */
export interface HintClash {
	hint: string;
	number: number;
	ids: string[];
}

/** Numbers in the given UI hints (name → text) that are answers of the bank. */
export function hintClashes(
	hints: Record<string, string>,
	questions: readonly Question[],
	cards: readonly Card[]
): HintClash[] {
	const answers = answerNumbers(questions, cards);
	const clashes: HintClash[] = [];
	for (const [hint, text] of Object.entries(hints)) {
		for (const number of new Set(numbersIn(text))) {
			const ids = answers.get(number);
			if (ids) clashes.push({ hint, number, ids: [...new Set(ids)] });
		}
	}
	return clashes;
}

/**
 * Cloze gaps that accept two grammatical forms of one word ("Rosji" and "Rosja"): only one of
 * them fits the sentence, so the other must not pass. Returns "id: gap n: a / b".
 */
export function clozeFormClashes(questions: readonly Question[]): string[] {
	const found: string[] = [];
	for (const q of questions) {
		if (q.type !== 'cloze') continue;
		q.gaps.forEach((gap, i) => {
			const forms = gap.map(normaliseText);
			for (let x = 0; x < forms.length; x++)
				for (let y = x + 1; y < forms.length; y++)
					if (isOtherForm(forms[x] as string, forms[y] as string))
						found.push(`${q.id}: luka ${i + 1}: ${gap[x]} / ${gap[y]}`);
		});
	}
	return found;
}
