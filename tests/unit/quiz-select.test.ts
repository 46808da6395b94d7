import { describe, expect, it } from 'vitest';
import {
	defaultOptions,
	matchingQuestions,
	newSeed,
	rngFromSeed,
	scoreQuiz,
	selectQuestions,
	setupCount,
	shuffle,
	wrongQuestionIds,
	type QuizOptions
} from '../../src/lib/quiz';
import { all } from './quiz-fixtures';

const opts = (o: Partial<QuizOptions> = {}): QuizOptions => ({ ...defaultOptions(), ...o });

describe('seeded RNG', () => {
	it('repeats for the same seed and differs for another', () => {
		const a = rngFromSeed('abc');
		const b = rngFromSeed('abc');
		const c = rngFromSeed('abd');
		const xs = [a(), a(), a()];
		expect([b(), b(), b()]).toEqual(xs);
		expect([c(), c(), c()]).not.toEqual(xs);
		for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
	});
	it('shuffle gives a permutation', () => {
		expect(shuffle(6, rngFromSeed('x')).toSorted((p, q) => p - q)).toEqual([0, 1, 2, 3, 4, 5]);
		expect(shuffle(0, rngFromSeed('x'))).toEqual([]);
	});
	it('newSeed is readable and drawn from the given source', () => {
		expect(newSeed(rngFromSeed('s'))).toMatch(/^[a-z2-9]{6}$/);
		expect(newSeed(rngFromSeed('s'))).toBe(newSeed(rngFromSeed('s')));
	});
});

describe('setupCount', () => {
	const every = {
		count: 'all' as const,
		topics: ['rosja', 'wojna', 'europa', 'gospodarka'],
		types: all.map((q) => q.type),
		difficulties: [1, 2, 3] as (1 | 2 | 3)[]
	};
	it('counts what the set-up asks: matching questions and the quiz length', () => {
		expect(setupCount(all, every)).toEqual({ available: all.length, asked: all.length });
		expect(setupCount(all, { ...every, count: 5 })).toEqual({ available: all.length, asked: 5 });
		expect(setupCount(all, { ...every, count: 20, topics: ['europa'] })).toEqual({
			available: 2,
			asked: 2
		});
	});
	it('a filter with nothing ticked matches nothing on the form', () => {
		expect(setupCount(all, { ...every, topics: [] })).toEqual({ available: 0, asked: 0 });
		expect(setupCount(all, { ...every, types: [] })).toEqual({ available: 0, asked: 0 });
		expect(setupCount(all, { ...every, difficulties: [] })).toEqual({ available: 0, asked: 0 });
	});
});

describe('matchingQuestions', () => {
	it('empty filters mean everything', () => {
		expect(matchingQuestions(all, opts()).map((q) => q.id)).toEqual(all.map((q) => q.id));
	});
	it('filters by topic (any), type and difficulty', () => {
		expect(matchingQuestions(all, opts({ topics: ['europa'] })).map((q) => q.id)).toEqual([
			'q-match',
			'q-order'
		]);
		expect(matchingQuestions(all, opts({ types: ['short', 'cloze'] })).map((q) => q.id)).toEqual([
			'q-short',
			'q-short-long',
			'q-cloze'
		]);
		expect(matchingQuestions(all, opts({ difficulties: [2, 3] })).map((q) => q.id)).toEqual([
			'q-multiple',
			'q-short-long'
		]);
		expect(
			matchingQuestions(all, opts({ topics: ['rosja'], types: ['single', 'numeric'] })).map(
				(q) => q.id
			)
		).toEqual(['q-single', 'q-num']);
	});
	it('explicit ids win over filters, unknown ids are dropped', () => {
		expect(
			matchingQuestions(
				all,
				opts({ topics: ['europa'], questionIds: ['q-tf', 'nope', 'q-single'] })
			).map((q) => q.id)
		).toEqual(['q-tf', 'q-single']);
	});
});

describe('selectQuestions', () => {
	it('same seed and options → same questions, order and option order', () => {
		const a = selectQuestions(all, opts({ count: 5 }), 'seed-1');
		const b = selectQuestions(all, opts({ count: 5 }), 'seed-1');
		expect(b).toEqual(a);
		expect(a.questions).toHaveLength(5);
		expect(new Set(a.questions.map((q) => q.id)).size).toBe(5);
	});
	it('another seed gives another quiz', () => {
		const a = selectQuestions(all, opts({ count: 'all' }), 'seed-1');
		const b = selectQuestions(all, opts({ count: 'all' }), 'seed-2');
		expect(b.questions.map((q) => q.id)).not.toEqual(a.questions.map((q) => q.id));
		expect(b.questions.map((q) => q.id).toSorted()).toEqual(
			a.questions.map((q) => q.id).toSorted()
		);
	});
	it('count "all" and a count above the pool take every matching question', () => {
		expect(selectQuestions(all, opts({ count: 'all' }), 's').questions).toHaveLength(all.length);
		expect(selectQuestions(all, opts({ count: 20 }), 's').questions).toHaveLength(all.length);
	});
	it('orders: options shuffled only when asked; match and order always, never already solved', () => {
		const plain = selectQuestions(all, opts({ count: 'all', shuffleOptions: false }), 's');
		expect(plain.orders['q-single']).toEqual([0, 1, 2, 3]);
		expect(plain.orders['q-tf']).toEqual([]);
		for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
			const s = selectQuestions(all, opts({ count: 'all' }), seed);
			expect(s.orders['q-order']).not.toEqual([0, 1, 2, 3, 4]);
			expect(s.orders['q-match']).not.toEqual([0, 1, 2, 3]);
			expect(s.orders['q-order']?.toSorted()).toEqual([0, 1, 2, 3, 4]);
		}
		const shuffled = ['a', 'b', 'c', 'd', 'e', 'f'].map(
			(seed) => selectQuestions(all, opts({ count: 'all' }), seed).orders['q-single']
		);
		expect(shuffled.some((o) => JSON.stringify(o) !== '[0,1,2,3]')).toBe(true);
	});
	it('a question keeps its option order whatever else was selected', () => {
		const a = selectQuestions(all, opts({ count: 'all' }), 'k');
		const b = selectQuestions(all, opts({ questionIds: ['q-single'] }), 'k');
		expect(b.orders['q-single']).toEqual(a.orders['q-single']);
	});
});

describe('scoreQuiz', () => {
	it('sums points, breaks down by topic and lists questions to correct', () => {
		const qs = all.slice(0, 3); // single (rosja), multiple (rosja), tf (wojna)
		const s = scoreQuiz(qs, { 'q-single': { score: 1 }, 'q-multiple': { score: 0.5 } }, [
			'wojna',
			'rosja',
			'europa'
		]);
		expect(s).toEqual({
			score: 1.5,
			maxScore: 3,
			fraction: 0.5,
			byTopic: [
				{ topic: 'wojna', score: 0, max: 1 },
				{ topic: 'rosja', score: 1.5, max: 2 }
			],
			wrongIds: ['q-multiple', 'q-tf']
		});
	});
	it('wrongQuestionIds keeps quiz order and everything below 1', () => {
		expect(wrongQuestionIds(['a', 'b', 'c', 'd'], { a: 1, b: 0.99, c: 0 })).toEqual([
			'b',
			'c',
			'd'
		]);
	});
});
