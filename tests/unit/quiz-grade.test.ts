import { describe, expect, it } from 'vitest';
import {
	damerauLevenshtein,
	grade,
	gradeCloze,
	gradeMatch,
	gradeMultiple,
	gradeNumeric,
	gradeOrder,
	gradeShortAnswer,
	gradeSingle,
	gradeTrueFalse,
	longestIncreasingSubsequence,
	normaliseText,
	parsePolishNumber,
	type Question
} from '../../src/lib/quiz';
import {
	cloze,
	match,
	multiple,
	numeric,
	order,
	short,
	shortLong,
	single,
	trueFalse
} from './quiz-fixtures';

type Of<T extends Question['type']> = Parameters<
	T extends 'single'
		? typeof gradeSingle
		: T extends 'multiple'
			? typeof gradeMultiple
			: T extends 'true-false'
				? typeof gradeTrueFalse
				: T extends 'short'
					? typeof gradeShortAnswer
					: T extends 'numeric'
						? typeof gradeNumeric
						: T extends 'match'
							? typeof gradeMatch
							: T extends 'order'
								? typeof gradeOrder
								: typeof gradeCloze
>[0];
const q = <T extends Question['type']>(x: Question) => x as Of<T>;

describe('normaliseText', () => {
	it('folds case, Polish diacritics (ł too), punctuation and spacing', () => {
		expect(normaliseText('  Łódź!  ')).toBe('lodz');
		expect(normaliseText('ZAŻÓŁĆ gęślą  jaźń')).toBe('zazolc gesla jazn');
		expect(normaliseText('„Komiersant”')).toBe('komiersant');
		expect(normaliseText('Nur-Sułtan')).toBe('nur sultan');
		expect(normaliseText('U.S.A.')).toBe('usa');
	});
});

describe('damerauLevenshtein', () => {
	it('counts insertions, deletions, substitutions and adjacent swaps', () => {
		expect(damerauLevenshtein('kot', 'kot')).toBe(0);
		expect(damerauLevenshtein('kot', 'kto')).toBe(1);
		expect(damerauLevenshtein('kot', 'kit')).toBe(1);
		expect(damerauLevenshtein('kot', 'kott')).toBe(1);
		expect(damerauLevenshtein('', 'abc')).toBe(3);
		expect(damerauLevenshtein('komiersant', 'kmoiersatn')).toBe(2);
	});
});

describe('parsePolishNumber', () => {
	it.each([
		['7598', 7598],
		['7 598', 7598],
		['7\u00a0598', 7598],
		['7\u202f598', 7598],
		['7598 km', 7598],
		['7 598 km', 7598],
		['7,5', 7.5],
		['7.5', 7.5],
		['-3', -3],
		['80 tys.', 80000],
		['80 tys', 80000],
		['6 mln', 6000000],
		['1,5 mln', 1500000],
		['2 mld', 2e9],
		['1 234 567', 1234567],
		['1.234.567', 1234567],
		[',5', 0.5]
	])('%s → %d', (input, value) => {
		expect(parsePolishNumber(input)).toBe(value);
	});
	it('returns null for text without a number', () => {
		expect(parsePolishNumber('dużo')).toBeNull();
		expect(parsePolishNumber('')).toBeNull();
		expect(parsePolishNumber('km')).toBeNull();
	});
});

describe('gradeSingle', () => {
	it('is exact', () => {
		expect(gradeSingle(q<'single'>(single), 0)).toEqual({
			score: 1,
			verdict: 'correct',
			correctAnswer: 'Do Moskwy'
		});
		expect(gradeSingle(q<'single'>(single), 2)).toEqual({
			score: 0,
			verdict: 'wrong',
			correctAnswer: 'Do Moskwy'
		});
		expect(gradeSingle(q<'single'>(single), null).verdict).toBe('unanswered');
		expect(gradeSingle(q<'single'>(single), 99).score).toBe(0);
	});
});

describe('gradeMultiple', () => {
	const m = q<'multiple'>(multiple);
	it('(correct picked − wrong picked) / correct total', () => {
		expect(gradeMultiple(m, [0, 1])).toEqual({
			score: 1,
			verdict: 'correct',
			correctAnswer: 'EUG, OUBZ'
		});
		expect(gradeMultiple(m, [0]).score).toBe(0.5);
		expect(gradeMultiple(m, [0]).verdict).toBe('partial');
		expect(gradeMultiple(m, [0, 1, 2]).score).toBe(0.5);
	});
	it('is floored at 0', () => {
		expect(gradeMultiple(m, [0, 2, 3]).score).toBe(0);
		expect(gradeMultiple(m, [2, 3]).score).toBe(0);
		expect(gradeMultiple(m, [2, 3]).verdict).toBe('wrong');
	});
	it('counts an empty pick as unanswered and ignores duplicates', () => {
		expect(gradeMultiple(m, []).verdict).toBe('unanswered');
		expect(gradeMultiple(m, [0, 0]).score).toBe(0.5);
	});
});

describe('gradeTrueFalse', () => {
	it('is exact', () => {
		expect(gradeTrueFalse(q<'true-false'>(trueFalse), false)).toEqual({
			score: 1,
			verdict: 'correct',
			correctAnswer: 'Fałsz'
		});
		expect(gradeTrueFalse(q<'true-false'>(trueFalse), true).score).toBe(0);
		expect(gradeTrueFalse(q<'true-false'>(trueFalse), null).verdict).toBe('unanswered');
	});
});

describe('gradeShortAnswer', () => {
	const s = q<'short'>(short);
	const l = q<'short'>(shortLong);
	it('ignores case, diacritics, punctuation and spacing: "lodz" = "Łódź"', () => {
		for (const typed of ['lodz', 'Lodz', 'ŁÓDŹ', ' łódź. ', 'Łodz']) {
			expect(gradeShortAnswer(s, typed)).toEqual({
				score: 1,
				verdict: 'correct',
				correctAnswer: 'Łódź'
			});
		}
	});
	it('allows one typo up to 7 letters, with the right spelling as a note', () => {
		expect(gradeShortAnswer(s, 'lodx')).toEqual({
			score: 1,
			verdict: 'correct',
			typo: 'Łódź',
			correctAnswer: 'Łódź'
		});
		expect(gradeShortAnswer(s, 'lxdx').score).toBe(0);
	});
	it('allows two typos above 7 letters', () => {
		expect(gradeShortAnswer(l, 'Komirsnt')).toEqual({
			score: 1,
			verdict: 'correct',
			typo: 'Komiersant',
			correctAnswer: 'Komiersant'
		});
		expect(gradeShortAnswer(l, 'Kmirsnt').score).toBe(0);
	});
	it('accepts any listed variant, including abbreviations', () => {
		expect(gradeShortAnswer(l, 'Kommersant').typo).toBeUndefined();
		expect(gradeShortAnswer(l, 'O.N.Z.').score).toBe(1);
		expect(gradeShortAnswer(l, 'onz').score).toBe(1);
		expect(gradeShortAnswer(l, 'organizacja narodow zjednoczonych').score).toBe(1);
	});
	it('does not forgive typos in very short answers', () => {
		expect(gradeShortAnswer(l, 'ONX').score).toBe(0);
	});
	it('treats empty input as unanswered', () => {
		expect(gradeShortAnswer(s, '   ').verdict).toBe('unanswered');
	});
});

describe('gradeNumeric', () => {
	const n = q<'numeric'>(numeric);
	it.each(['7598', '7 598', '7\u00a0598', '7598 km', '7 598 km'])('accepts %s', (typed) => {
		expect(gradeNumeric(n, typed)).toEqual({
			score: 1,
			verdict: 'correct',
			correctAnswer: '7598 km'
		});
	});
	it('rejects a different number and non-numbers', () => {
		expect(gradeNumeric(n, '7599').score).toBe(0);
		expect(gradeNumeric(n, 'dużo').verdict).toBe('wrong');
		expect(gradeNumeric(n, '').verdict).toBe('unanswered');
	});
	it('honours the tolerance', () => {
		const tol = { ...n, answer: 7.5, tolerance: 0.5, unit: '' };
		expect(gradeNumeric(tol, '7,9').score).toBe(1);
		expect(gradeNumeric(tol, '8').score).toBe(1);
		expect(gradeNumeric(tol, '8,1').score).toBe(0);
	});
	it('understands tys. / mln, also when the unit carries the multiplier', () => {
		const tons = { ...n, answer: 80000, tolerance: 0, unit: 'ton' };
		expect(gradeNumeric(tons, '80 tys.').score).toBe(1);
		expect(gradeNumeric(tons, '80 000').score).toBe(1);
		expect(gradeNumeric(tons, '80').score).toBe(0);
		const mln = { ...n, answer: 6, tolerance: 0, unit: 'mln' };
		expect(gradeNumeric(mln, '6').score).toBe(1);
		expect(gradeNumeric(mln, '6 mln').score).toBe(1);
		const big = { ...n, answer: 1500000, tolerance: 0, unit: '' };
		expect(gradeNumeric(big, '1,5 mln').score).toBe(1);
	});
	it('shows the correct answer formatted in Polish', () => {
		expect(gradeNumeric({ ...n, answer: 1500000 }, '1').correctAnswer).toBe('1 500 000 km');
		expect(gradeNumeric({ ...n, answer: 7.5 }, '1').correctAnswer).toBe('7,5 km');
	});
});

describe('gradeMatch', () => {
	const m = q<'match'>(match);
	it('gives credit per correct pair', () => {
		expect(gradeMatch(m, [0, 1, 2, 3])).toEqual({
			score: 1,
			verdict: 'correct',
			correctAnswer: 'Putin → Moskwa; Macron → Paryż; Borrell → Bruksela; Rau → Warszawa'
		});
		expect(gradeMatch(m, [0, 1, 3, 2]).score).toBe(0.5);
		expect(gradeMatch(m, [0, null, null, null]).score).toBe(0.25);
		expect(gradeMatch(m, [1, 0, 3, 2]).verdict).toBe('wrong');
		expect(gradeMatch(m, [null, null, null, null]).verdict).toBe('unanswered');
	});
});

describe('gradeOrder', () => {
	const o = q<'order'>(order);
	it('is 1 for the right order', () => {
		expect(gradeOrder(o, [0, 1, 2, 3, 4])).toEqual({
			score: 1,
			verdict: 'correct',
			correctAnswer: '1. A, 2. B, 3. C, 4. D, 5. E'
		});
	});
	it('credits the longest correctly ordered subsequence', () => {
		// One item moved out of place: A B D C E → LIS 4 of 5.
		expect(gradeOrder(o, [0, 1, 3, 2, 4]).score).toBe(0.8);
		// E A B C D → LIS 4.
		expect(gradeOrder(o, [4, 0, 1, 2, 3]).score).toBe(0.8);
		expect(gradeOrder(o, [1, 0, 3, 2, 4]).score).toBe(0.6);
	});
	it('gives nothing for the reversed order', () => {
		expect(gradeOrder(o, [4, 3, 2, 1, 0])).toEqual({
			score: 0,
			verdict: 'wrong',
			correctAnswer: '1. A, 2. B, 3. C, 4. D, 5. E'
		});
	});
	it('LIS helper', () => {
		expect(longestIncreasingSubsequence([3, 1, 2, 5, 4])).toBe(3);
		expect(longestIncreasingSubsequence([])).toBe(0);
	});
});

describe('gradeCloze', () => {
	const c = q<'cloze'>(cloze);
	it('gives credit per gap, each graded like a short answer', () => {
		expect(gradeCloze(c, ['80', 'osmiokrotny'])).toEqual({
			score: 1,
			verdict: 'correct',
			correctAnswer: 'Wysłano 80 tys. ton, co oznacza ośmiokrotny wzrost.'
		});
		expect(gradeCloze(c, ['80', 'dwukrotny']).score).toBe(0.5);
		expect(gradeCloze(c, ['', '8-krotny']).score).toBe(0.5);
		expect(gradeCloze(c, ['osiemdziesiat', '8 krotny']).score).toBe(1);
		expect(gradeCloze(c, ['81', 'x']).verdict).toBe('wrong');
		expect(gradeCloze(c, ['', '']).verdict).toBe('unanswered');
	});
	it('forgives a typo in a gap and reports it', () => {
		expect(gradeCloze(c, ['80', 'osmiokrtony'])).toEqual({
			score: 1,
			verdict: 'correct',
			typo: 'ośmiokrotny',
			correctAnswer: 'Wysłano 80 tys. ton, co oznacza ośmiokrotny wzrost.'
		});
	});
	it('accepts a number gap written differently but equal', () => {
		expect(gradeCloze(c, ['80,0', 'ośmiokrotny']).score).toBe(1);
		expect(gradeCloze(c, ['79', 'ośmiokrotny']).score).toBe(0.5);
	});
});

describe('grade', () => {
	it('dispatches by type and never throws on wrongly shaped answers', () => {
		expect(grade(single, 0).score).toBe(1);
		expect(grade(numeric, '7598').score).toBe(1);
		for (const qq of [single, multiple, trueFalse, short, numeric, match, order, cloze]) {
			for (const a of ['x', 3, true, [1, 'y', null], null]) {
				const g = grade(qq, a);
				expect(g.score).toBeGreaterThanOrEqual(0);
				expect(g.score).toBeLessThanOrEqual(1);
			}
		}
	});
});
