import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	grade,
	matchText,
	normaliseText,
	parsePolishNumber,
	rngFromSeed,
	selectQuestions,
	shuffle,
	defaultOptions,
	type QuizAnswer
} from '../../src/lib/quiz';
import { all, numeric, short, shortLong } from './quiz-fixtures';

const answerArb: fc.Arbitrary<QuizAnswer> = fc.oneof(
	fc.constant(null),
	fc.string(),
	fc.integer({ min: -3, max: 10 }),
	fc.double(),
	fc.boolean(),
	fc.array(fc.oneof(fc.constant(null), fc.string(), fc.integer({ min: -2, max: 8 })), {
		maxLength: 8
	})
);

describe('properties', () => {
	it('grading always returns a score within [0, 1] and a matching verdict', () => {
		fc.assert(
			fc.property(fc.constantFrom(...all), answerArb, (q, a) => {
				const g = grade(q, a);
				expect(g.score).toBeGreaterThanOrEqual(0);
				expect(g.score).toBeLessThanOrEqual(1);
				if (g.verdict === 'correct') expect(g.score).toBe(1);
				if (g.verdict === 'wrong' || g.verdict === 'unanswered') expect(g.score).toBe(0);
				expect(typeof g.correctAnswer).toBe('string');
			})
		);
	});

	it('shuffle is a permutation', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 60 }), fc.string(), (n, seed) => {
				const p = shuffle(n, rngFromSeed(seed));
				expect(p.toSorted((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
			})
		);
	});

	it('any listed variant, in any case, with or without diacritics and padding, scores 1', () => {
		const strip = (s: string) =>
			s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L');
		fc.assert(
			fc.property(
				fc.constantFrom(short, shortLong),
				fc.nat(),
				fc.boolean(),
				fc.boolean(),
				fc.constantFrom('', ' ', '.', '!', '  '),
				(q, k, upper, folded, pad) => {
					if (q.type !== 'short') return;
					let v = q.answers[k % q.answers.length] as string;
					if (folded) v = strip(v);
					if (upper) v = v.toUpperCase();
					expect(grade(q, pad + v + pad).score).toBe(1);
				}
			)
		);
	});

	it('any accepted variant of any text scores 1 against itself with one typo forgiven above 3 letters', () => {
		fc.assert(
			fc.property(fc.string({ minLength: 1, maxLength: 20 }), (text) => {
				if (!normaliseText(text)) return;
				expect(matchText(text, [text]).score).toBe(1);
			})
		);
	});

	it('any integer written with Polish grouping parses back and is graded right', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 999_999_999 }),
				fc.constantFrom(' ', '\u00a0', ''),
				(n, sep) => {
					const written = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
					expect(parsePolishNumber(written)).toBe(n);
					expect(grade({ ...numeric, answer: n } as typeof numeric, `${written} km`).score).toBe(1);
				}
			)
		);
	});

	it('same seed and options → same quiz', () => {
		fc.assert(
			fc.property(
				fc.string(),
				fc.constantFrom(5, 10, 20, 'all' as const),
				fc.boolean(),
				(seed, count, shuffleOptions) => {
					const o = { ...defaultOptions(), count, shuffleOptions };
					expect(selectQuestions(all, o, seed)).toEqual(selectQuestions(all, o, seed));
				}
			)
		);
	});
});
