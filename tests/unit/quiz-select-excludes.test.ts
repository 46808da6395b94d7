/** A drawn quiz never holds two questions that the bank declares in `excludes`. */
import { describe, expect, it } from 'vitest';
import { loadBankDir } from '../../src/lib/bank/fs';
import {
	defaultOptions,
	selectQuestions,
	type Question,
	type QuizOptions
} from '../../src/lib/quiz';
import { withoutExcluded } from '../../src/lib/quiz/select';

const q = (id: string, excludes?: string[]): Question => ({
	id,
	type: 'true-false',
	prompt: `Prawda czy fałsz: ${id}?`,
	answer: true,
	evidence: 'cytat',
	explanation: 'Wyjaśnienie.',
	topics: ['t'],
	difficulty: 1,
	...(excludes ? { excludes } : {})
});

const opts = (o: Partial<QuizOptions> = {}): QuizOptions => ({ ...defaultOptions(), ...o });

/** Pairs of ids declared in excludes, either way round, that both appear in `ids`. */
function declaredPairsIn(questions: readonly Question[], ids: readonly string[]): string[] {
	const chosen = new Set(ids);
	return questions
		.filter((x) => chosen.has(x.id))
		.flatMap((x) => (x.excludes ?? []).filter((id) => chosen.has(id)).map((id) => `${x.id}+${id}`));
}

describe('withoutExcluded', () => {
	it('keeps the first of a declared pair, in order, whichever side declares it', () => {
		const list = [q('a', ['c']), q('b'), q('c'), q('d'), q('e', ['b'])];
		expect(withoutExcluded(list).map((x) => x.id)).toEqual(['a', 'b', 'd']);
		expect(withoutExcluded([list[2]!, list[0]!, list[1]!]).map((x) => x.id)).toEqual(['c', 'b']);
	});
	it('keeps everything when nothing is declared', () => {
		expect(withoutExcluded([q('a'), q('b')]).map((x) => x.id)).toEqual(['a', 'b']);
	});
});

describe('selectQuestions with excludes', () => {
	it('never draws a declared pair and still fills the quiz from the rest', () => {
		const list = [q('a', ['b']), q('b'), q('c'), q('d')];
		for (const seed of ['s1', 's2', 's3', 's4', 's5', 's6']) {
			const ids = selectQuestions(list, opts({ count: 3 }), seed).questions.map((x) => x.id);
			expect(ids.length).toBe(3);
			expect(ids.includes('a') && ids.includes('b')).toBe(false);
		}
	});
	it('keeps as many questions as it can when every question is asked for', () => {
		const list = [q('a', ['b', 'c']), q('b'), q('c'), q('d')];
		for (const seed of ['s1', 's2', 's3', 's4', 's5', 's6']) {
			const ids = selectQuestions(list, opts({ count: 'all' }), seed).questions.map((x) => x.id);
			expect(ids.toSorted()).toEqual(['b', 'c', 'd']);
		}
	});
	it('takes an explicit list of ids as it is (Popraw błędy, classroom quizzes)', () => {
		const list = [q('a', ['b']), q('b')];
		const ids = selectQuestions(list, opts({ questionIds: ['b', 'a'] }), 's').questions;
		expect(ids.map((x) => x.id).sort()).toEqual(['a', 'b']);
	});
	it('draws no declared pair of the Kazakhstan bank in 200 quizzes of every size', () => {
		const { questions } = loadBankDir(process.cwd(), 'kazachstan-2022-11').bank;
		const found: string[] = [];
		for (let i = 0; i < 200; i++) {
			const count = i % 2 ? 'all' : 10 + (i % 30);
			const ids = selectQuestions(questions, opts({ count }), `seed-${i}`).questions.map(
				(x) => x.id
			);
			found.push(...declaredPairsIn(questions, ids));
		}
		expect(found).toEqual([]);
		// The bank does declare pairs, so the test above can fail.
		expect(
			declaredPairsIn(
				questions,
				questions.map((x) => x.id)
			).length
		).toBeGreaterThan(20);
	});
});
