/**
 * Grading: one pure function per question type and `grade` to dispatch. Every function
 * returns a score in [0, 1] and never throws on odd input (it counts as wrong).
 */
import { parseCloze } from '../bank/cloze';
import { isOtherForm } from './forms';
import {
	allowedTypos,
	damerauLevenshtein,
	formatPolishNumber,
	normaliseText,
	parsePolishNumber,
	unitMultiplier
} from './normalise';
import { quizStrings as t } from './strings';
import type { Grade, Question, QuestionOf, QuizAnswer, Verdict } from './types';

/** True when the answer holds nothing the learner entered. */
export function isEmptyAnswer(answer: QuizAnswer | undefined): boolean {
	if (answer === null || answer === undefined) return true;
	if (typeof answer === 'string') return answer.trim() === '';
	if (Array.isArray(answer)) {
		return answer.every((a) => a === null || (typeof a === 'string' && a.trim() === ''));
	}
	return false;
}

function clamp01(x: number): number {
	if (!Number.isFinite(x)) return 0;
	return Math.min(1, Math.max(0, x));
}

function verdictOf(score: number): Verdict {
	if (score >= 1) return 'correct';
	if (score <= 0) return 'wrong';
	return 'partial';
}

function result(score: number, correctAnswer: string, typo?: string): Grade {
	const s = clamp01(score);
	const g: Grade = { score: s, verdict: verdictOf(s), correctAnswer };
	if (typo !== undefined && s > 0) g.typo = typo;
	return g;
}

function unanswered(correctAnswer: string): Grade {
	return { score: 0, verdict: 'unanswered', correctAnswer };
}

function isIndex(x: unknown, length: number): x is number {
	return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < length;
}

/** `single`: exactly the correct option. */
export function gradeSingle(q: QuestionOf<'single'>, answer: QuizAnswer): Grade {
	const correct = q.options.filter((o) => o.correct).map((o) => o.text);
	const shown = correct.join(', ');
	if (isEmptyAnswer(answer)) return unanswered(shown);
	if (!isIndex(answer, q.options.length)) return result(0, shown);
	return result(q.options[answer]?.correct ? 1 : 0, shown);
}

/** `multiple`: (correct picked − wrong picked) / correct total, floored at 0. */
export function gradeMultiple(q: QuestionOf<'multiple'>, answer: QuizAnswer): Grade {
	const shown = q.options
		.filter((o) => o.correct)
		.map((o) => o.text)
		.join(', ');
	if (isEmptyAnswer(answer)) return unanswered(shown);
	if (!Array.isArray(answer)) return result(0, shown);
	const picked = new Set(answer.filter((a) => isIndex(a, q.options.length)));
	const total = q.options.filter((o) => o.correct).length;
	if (total === 0) return result(0, shown);
	let right = 0;
	let wrong = 0;
	for (const i of picked) {
		if (q.options[i]?.correct) right++;
		else wrong++;
	}
	return result((right - wrong) / total, shown);
}

/** `true-false`: exact. */
export function gradeTrueFalse(q: QuestionOf<'true-false'>, answer: QuizAnswer): Grade {
	const shown = q.answer ? t.true : t.false;
	if (typeof answer !== 'boolean')
		return isEmptyAnswer(answer) ? unanswered(shown) : result(0, shown);
	return result(answer === q.answer ? 1 : 0, shown);
}

/** How a typed text compares with a list of accepted variants. */
export interface TextMatch {
	/** 1 when accepted (exactly or with a forgiven typo), else 0. */
	score: 0 | 1;
	/** The accepted variant it was closest to, when a typo was forgiven. */
	typo?: string;
	/**
	 * The accepted variant it is another grammatical form of ("Rosja" typed for "Rosji"):
	 * graded wrong, never forgiven as a typo.
	 */
	form?: string;
}

/**
 * Compares typed text with accepted variants, ignoring case, spacing, punctuation and
 * diacritics; forgives a Damerau–Levenshtein distance of 1 for answers up to 7 letters and 2
 * above (none for 1–3 letters, none for numbers). Another grammatical form of a variant
 * ("Rosja" for "Rosji") is wrong, not a typo: list every form that fits as a variant.
 */
export function matchText(typed: string, variants: readonly string[]): TextMatch {
	const given = normaliseText(typed);
	if (!given) return { score: 0 };
	const givenTight = given.replace(/ /g, '');
	let best: { distance: number; variant: string } | null = null;
	let form: string | undefined;
	for (const variant of variants) {
		const want = normaliseText(variant);
		const wantTight = want.replace(/ /g, '');
		if (given === want || givenTight === wantTight) return { score: 1 };
		if (/\d/.test(wantTight)) {
			// A number as a gap answer: "80" also accepts "80,0" and "80 000" style spellings.
			// Number words must be listed as variants: the gap decides their case ("sześciu").
			if (/^[\d\s.,]+$/.test(variant.trim()) && /\d/.test(typed)) {
				const want = parsePolishNumber(variant);
				const got = parsePolishNumber(typed);
				if (want !== null && got !== null && Math.abs(want - got) < 1e-9) return { score: 1 };
			}
			continue;
		}
		if (form === undefined && isOtherForm(given, want)) form = variant;
		const distance = damerauLevenshtein(givenTight, wantTight);
		if (distance <= allowedTypos(want) && (!best || distance < best.distance)) {
			best = { distance, variant };
		}
	}
	if (form !== undefined) return { score: 0, form };
	return best ? { score: 1, typo: best.variant } : { score: 0 };
}

/** `short`: any listed variant, forgiving case, diacritics, punctuation and one typo. */
export function gradeShortAnswer(q: QuestionOf<'short'>, answer: QuizAnswer): Grade {
	const shown = q.answers[0] ?? '';
	if (isEmptyAnswer(answer)) return unanswered(shown);
	if (typeof answer !== 'string') return result(0, shown);
	const m = matchText(answer, q.answers);
	return result(m.score, shown, m.typo);
}

/** The correct numeric answer with its unit: "7598 km". */
export function numericAnswerText(q: QuestionOf<'numeric'>): string {
	const n = formatPolishNumber(q.answer);
	return q.unit ? `${n} ${q.unit}` : n;
}

/**
 * `numeric`: Polish formats ("7 598", "7,5", "80 tys.", "6 mln", "7598 km") within the
 * tolerance. When the unit itself carries a multiplier ("mln ton"), both "6" and "6 mln" count.
 */
export function gradeNumeric(q: QuestionOf<'numeric'>, answer: QuizAnswer): Grade {
	const shown = numericAnswerText(q);
	if (isEmptyAnswer(answer)) return unanswered(shown);
	const value =
		typeof answer === 'number'
			? answer
			: typeof answer === 'string'
				? parsePolishNumber(answer)
				: null;
	if (value === null || !Number.isFinite(value)) return result(0, shown);
	const tolerance = Math.abs(q.tolerance) + 1e-9 * Math.max(1, Math.abs(q.answer));
	const mult = unitMultiplier(q.unit);
	const candidates = mult === 1 ? [value] : [value, value / mult];
	const ok = candidates.some((c) => Math.abs(c - q.answer) <= tolerance);
	return result(ok ? 1 : 0, shown);
}

/** The correct pairs: "A → 1; B → 2". */
export function matchAnswerText(q: QuestionOf<'match'>): string {
	return q.pairs.map((p) => `${p.left} → ${p.right}`).join('; ');
}

/** `match`: credit per correct pair. */
export function gradeMatch(q: QuestionOf<'match'>, answer: QuizAnswer): Grade {
	const shown = matchAnswerText(q);
	if (isEmptyAnswer(answer)) return unanswered(shown);
	if (!Array.isArray(answer) || q.pairs.length === 0) return result(0, shown);
	let right = 0;
	q.pairs.forEach((pair, i) => {
		const chosen = answer[i];
		if (isIndex(chosen, q.pairs.length) && q.pairs[chosen]?.right === pair.right) right++;
	});
	return result(right / q.pairs.length, shown);
}

/** Length of the longest strictly increasing subsequence (O(n log n)). */
export function longestIncreasingSubsequence(values: readonly number[]): number {
	const tails: number[] = [];
	for (const x of values) {
		let lo = 0;
		let hi = tails.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((tails[mid] as number) < x) lo = mid + 1;
			else hi = mid;
		}
		tails[lo] = x;
	}
	return tails.length;
}

/** The correct order: "1. A, 2. B, 3. C". */
export function orderAnswerText(q: QuestionOf<'order'>): string {
	return q.items.map((item, i) => `${i + 1}. ${item}`).join(', ');
}

/**
 * `order`: credit from the longest correctly ordered subsequence: its length / number of
 * items, and 0 when no two items stand in the right order (a reversed list).
 */
export function gradeOrder(q: QuestionOf<'order'>, answer: QuizAnswer): Grade {
	const shown = orderAnswerText(q);
	if (isEmptyAnswer(answer)) return unanswered(shown);
	const n = q.items.length;
	if (!Array.isArray(answer) || n === 0) return result(0, shown);
	const seen = new Set<number>();
	const seq: number[] = [];
	for (const a of answer) {
		if (isIndex(a, n) && !seen.has(a)) {
			seen.add(a);
			seq.push(a);
		}
	}
	if (n === 1) return result(seq.length === 1 ? 1 : 0, shown);
	const lis = longestIncreasingSubsequence(seq);
	return result(lis < 2 ? 0 : lis / n, shown);
}

/** The cloze sentence with every gap filled with its first accepted answer. */
export function fillCloze(text: string, gaps: readonly (string | null | undefined)[]): string {
	return parseCloze(text)
		.map((part) => {
			if (part.kind === 'text') return part.text;
			return gaps[part.n - 1] ?? `{${part.n}}`;
		})
		.join('');
}

/** `cloze`: credit per gap, each graded like `short`. */
export function gradeCloze(q: QuestionOf<'cloze'>, answer: QuizAnswer): Grade {
	const shown = fillCloze(
		q.text,
		q.gaps.map((g) => g[0])
	);
	if (isEmptyAnswer(answer)) return unanswered(shown);
	if (!Array.isArray(answer) || q.gaps.length === 0) return result(0, shown);
	let total = 0;
	const typos: string[] = [];
	q.gaps.forEach((variants, i) => {
		const typed = answer[i];
		if (typeof typed !== 'string') return;
		const m = matchText(typed, variants);
		total += m.score;
		if (m.typo) typos.push(m.typo);
	});
	return result(total / q.gaps.length, shown, typos.length ? typos.join(', ') : undefined);
}

/** Grades any question. */
export function grade(question: Question, answer: QuizAnswer | undefined): Grade {
	const a = answer ?? null;
	switch (question.type) {
		case 'single':
			return gradeSingle(question, a);
		case 'multiple':
			return gradeMultiple(question, a);
		case 'true-false':
			return gradeTrueFalse(question, a);
		case 'short':
			return gradeShortAnswer(question, a);
		case 'numeric':
			return gradeNumeric(question, a);
		case 'match':
			return gradeMatch(question, a);
		case 'order':
			return gradeOrder(question, a);
		case 'cloze':
			return gradeCloze(question, a);
	}
}

/** The learner's answer as readable Polish, for the review ("—" when not answered). */
export function describeAnswer(question: Question, answer: QuizAnswer | undefined): string {
	const a = answer ?? null;
	if (isEmptyAnswer(a)) return t.noAnswer;
	switch (question.type) {
		case 'single':
			return isIndex(a, question.options.length)
				? (question.options[a]?.text ?? t.noAnswer)
				: t.noAnswer;
		case 'multiple':
			return Array.isArray(a)
				? a
						.filter((i) => isIndex(i, question.options.length))
						.map((i) => question.options[i as number]?.text ?? '')
						.join(', ')
				: t.noAnswer;
		case 'true-false':
			return a === true ? t.true : a === false ? t.false : t.noAnswer;
		case 'short':
		case 'numeric':
			return String(a);
		case 'match':
			return Array.isArray(a)
				? question.pairs
						.map((p, i) => {
							const c = a[i];
							return `${p.left} → ${isIndex(c, question.pairs.length) ? (question.pairs[c]?.right ?? '—') : '—'}`;
						})
						.join('; ')
				: t.noAnswer;
		case 'order':
			return Array.isArray(a)
				? a
						.filter((i) => isIndex(i, question.items.length))
						.map((i, k) => `${k + 1}. ${question.items[i as number] ?? ''}`)
						.join(', ')
				: t.noAnswer;
		case 'cloze':
			return Array.isArray(a)
				? fillCloze(
						question.text,
						question.gaps.map((_, i) => {
							const g = a[i];
							return typeof g === 'string' && g.trim() ? `[${g.trim()}]` : '[—]';
						})
					)
				: t.noAnswer;
	}
}
