import { describe, expect, it } from 'vitest';
import { defaultOptions, type QuizAnswer, type QuizOptions } from '../../src/lib/quiz';
import {
	QuizSession,
	type QuizStore,
	fixMistakesOptions,
	listAttempts,
	sessionKey
} from '../../src/lib/quiz/QuizSession.svelte';
import { Storage } from '../../src/lib/storage';
import { all } from './quiz-fixtures';

const T0 = Date.UTC(2026, 0, 10, 9, 0, 0);

function setup(options: Partial<QuizOptions> = {}, seed = 'seed-1') {
	const store = new Storage({ memory: true });
	let now = T0;
	const clock = () => now;
	const advance = (ms: number) => {
		now += ms;
	};
	const start = () =>
		QuizSession.start({
			bankId: 'bank',
			questions: all,
			options: { ...defaultOptions(), count: 'all', ...options },
			seed,
			clock,
			store
		});
	return { store, clock, advance, start };
}

/** A right answer for each fixture question. */
const RIGHT: Record<string, QuizAnswer> = {
	'q-single': 0,
	'q-multiple': [0, 1],
	'q-tf': false,
	'q-short': 'lodz',
	'q-short-long': 'Komiersant',
	'q-num': '7 598',
	'q-match': [0, 1, 2, 3],
	'q-order': [0, 1, 2, 3, 4],
	'q-cloze': ['80', 'ośmiokrotny']
};

/** The right answer of a fixture question (every one has one). */
function right(id: string): QuizAnswer {
	const answer = RIGHT[id];
	if (answer === undefined) throw new Error(`no right answer for ${id}`);
	return answer;
}

describe('QuizSession', () => {
	it('saves after every answer and navigation and resumes exactly there', async () => {
		const { store, clock, advance, start } = setup();
		const s = await start();
		const first = s.question.id;
		await s.setAnswer(right(first));
		await s.next();
		advance(5000);
		await s.setAnswer(null);
		const again = await QuizSession.resume({ bankId: 'bank', questions: all, clock, store });
		expect(again).not.toBeNull();
		expect(again!.current).toBe(1);
		expect(again!.questions.map((q) => q.id)).toEqual(s.questions.map((q) => q.id));
		expect(again!.orders).toEqual(s.orders);
		expect(again!.answerOf(first)).toEqual(RIGHT[first]);
		expect(again!.startedAt).toBe(T0);
	});

	it('practice: check grades and locks the question', async () => {
		const { start } = setup({ questionIds: ['q-tf', 'q-single'] });
		const s = await start();
		const id = s.question.id;
		await s.setAnswer(id === 'q-tf' ? true : 1);
		expect(s.gradeOf(id)).toBeUndefined();
		const g = await s.check();
		expect(g.verdict).toBe('wrong');
		expect(s.isChecked(id)).toBe(true);
		await s.setAnswer(right(id));
		expect(s.gradeOf(id)?.score).toBe(0);
	});

	it('an untouched order question is checked in its shown order', async () => {
		const { start } = setup({ questionIds: ['q-order'] });
		const s = await start();
		await s.check();
		expect(s.answerOf('q-order')).toEqual(s.orderOf('q-order'));
	});

	it('finish stores the attempt with scores and clears the session', async () => {
		const { store, clock, advance, start } = setup();
		const s = await start();
		for (let i = 0; i < s.total; i++) {
			const id = s.question.id;
			if (id !== 'q-num') await s.setAnswer(right(id));
			await s.next();
		}
		advance(90_000);
		const a = await s.finish();
		expect(a.score).toBe(all.length - 1);
		expect(a.maxScore).toBe(all.length);
		expect(a.scores['q-num']).toBe(0);
		expect(a.scores['q-cloze']).toBe(1);
		expect(a.durationMs).toBe(90_000);
		expect(a.startedAt).toBe(T0);
		expect(a.questionIds).toEqual(s.questions.map((q) => q.id));
		expect(await store.get('sessions', sessionKey('bank'))).toBeUndefined();
		expect(await QuizSession.resume({ bankId: 'bank', questions: all, clock, store })).toBeNull();
		const history = await listAttempts('bank', store);
		expect(history).toEqual([a]);
		expect(await s.finish()).toBe(a);
		expect(fixMistakesOptions(a)).toEqual({
			...a.options,
			count: 'all',
			questionIds: ['q-num']
		});
	});

	it('Popraw błędy makes a quiz of exactly the wrong questions', async () => {
		const { start, store, clock } = setup({ count: 'all' });
		const s = await start();
		await s.setAnswer(0, 'q-single');
		await s.setAnswer([0], 'q-multiple');
		const a = await s.finish();
		const fix = fixMistakesOptions(a)!;
		const s2 = await QuizSession.start({
			bankId: 'bank',
			questions: all,
			options: fix,
			seed: 'x',
			clock,
			store
		});
		expect(s2.questions.map((q) => q.id).toSorted()).toEqual(
			all
				.map((q) => q.id)
				.filter((id) => id !== 'q-single')
				.toSorted()
		);
	});

	it('exam: deadline, skip to the next unanswered, statuses and time-out', async () => {
		const { advance, start } = setup({ mode: 'exam', timeLimitMinutes: 5, count: 'all' });
		const s = await start();
		expect(s.deadline).toBe(T0 + 5 * 60_000);
		expect(s.remainingMs()).toBe(300_000);
		const first = s.question.id;
		await s.skip();
		expect(s.statusOf(first)).toBe('skipped');
		expect(s.current).toBe(1);
		await s.setAnswer(right(s.question.id));
		expect(s.statusOf(s.question.id)).toBe('answered');
		await s.goTo(0);
		await s.setAnswer(right(first));
		expect(s.statusOf(first)).toBe('answered');
		expect(s.unansweredCount).toBe(all.length - 2);
		advance(6 * 60_000);
		expect(s.timeIsUp()).toBe(true);
		const a = await s.finish();
		expect(a.score).toBe(2);
		expect(a.durationMs).toBe(300_000);
		expect(s.gradeOf(first)?.verdict).toBe('correct');
	});

	it('classroom quizzes keep their own session key and store the classroom info', async () => {
		const store = new Storage({ memory: true });
		const clock = () => T0;
		const own = await QuizSession.start({
			bankId: 'bank',
			questions: all,
			options: { ...defaultOptions(), count: 5 },
			seed: 'own',
			clock,
			store
		});
		const cls = await QuizSession.start({
			bankId: 'bank',
			questions: all,
			options: { ...defaultOptions(), mode: 'exam', questionIds: ['q-tf', 'q-num'] },
			seed: 'fixed',
			classroom: { quizId: 'k1', name: 'Ala' },
			clock,
			store
		});
		expect(cls.key).toBe('bank/classroom/k1');
		const back = await QuizSession.resume({
			bankId: 'bank',
			questions: all,
			classroomQuizId: 'k1',
			clock,
			store
		});
		expect(back?.classroom).toEqual({ quizId: 'k1', name: 'Ala' });
		const a = await cls.finish();
		expect(a.classroom).toEqual({ quizId: 'k1', name: 'Ala' });
		expect((await QuizSession.resume({ bankId: 'bank', questions: all, clock, store }))?.seed).toBe(
			own.seed
		);
	});
});

/** A store whose writes take a while (a macrotask each) and that logs every write in order. */
function slowStore() {
	const inner = new Storage({ memory: true });
	const writes: string[] = [];
	const later = () => new Promise((r) => setTimeout(r, 1));
	const store: QuizStore = {
		get: inner.get.bind(inner),
		list: inner.list.bind(inner),
		async put(kind, key, data) {
			await later();
			writes.push(`put ${kind} ${key}`);
			return inner.put(kind, key, data);
		},
		async remove(kind, key) {
			await later();
			writes.push(`remove ${kind} ${key}`);
			return inner.remove(kind, key);
		}
	};
	return { store, writes };
}

describe('QuizSession actions at the same time', () => {
	const clock = () => T0;
	const start = (store: QuizStore, options: Partial<QuizOptions>) =>
		QuizSession.start({
			bankId: 'bank',
			questions: all,
			options: { ...defaultOptions(), count: 'all', ...options },
			seed: 'rownoczesnie',
			clock,
			store
		});

	it('answer, check, next, answer and two finishes at once: every one counts, one attempt', async () => {
		const { store, writes } = slowStore();
		const s = await start(store, { questionIds: ['q-tf', 'q-single', 'q-num'] });
		writes.length = 0;
		const [, graded, , , first, second] = await Promise.all([
			s.setAnswer(false),
			s.check(),
			s.next(),
			s.setAnswer(0),
			s.finish(),
			s.finish(),
			s.setAnswer(1, 'q-single'),
			s.next()
		]);
		expect(graded).toEqual({ score: 1, verdict: 'correct', correctAnswer: 'Fałsz' });
		expect(second).toBe(first);
		expect(s.finish()).toBe(s.finish());
		const attempts = await listAttempts('bank', store);
		expect(attempts).toEqual([
			{
				id: first.id,
				bankId: 'bank',
				options: { ...defaultOptions(), count: 'all', questionIds: ['q-tf', 'q-single', 'q-num'] },
				seed: 'rownoczesnie',
				questionIds: ['q-tf', 'q-single', 'q-num'],
				answers: { 'q-tf': false, 'q-single': 0 },
				scores: { 'q-tf': 1, 'q-single': 1, 'q-num': 0 },
				score: 2,
				maxScore: 3,
				startedAt: T0,
				finishedAt: T0,
				durationMs: 0,
				updatedAt: T0
			}
		]);
		// Four saves of the session in call order, then the attempt, then the session is removed;
		// the answer and the move after finish() changed nothing.
		expect(writes).toEqual([
			'put sessions bank',
			'put sessions bank',
			'put sessions bank',
			'put sessions bank',
			`put attempts bank/${first.id}`,
			'remove sessions bank'
		]);
		expect(await store.get('sessions', 'bank')).toBeUndefined();
		expect(s.current).toBe(1);
	});

	it('a press during a save in flight takes effect after it: the stored session has it', async () => {
		const { store, writes } = slowStore();
		const s = await start(store, { questionIds: ['q-multiple', 'q-tf'] });
		writes.length = 0;
		// Two options chosen quickly, then Sprawdź and Dalej before any save has landed.
		const pending = [s.setAnswer([0]), s.setAnswer([0, 1]), s.check(), s.next()];
		expect(s.current).toBe(1);
		await Promise.all(pending);
		expect(writes).toEqual(Array(4).fill('put sessions bank'));
		const stored = await store.get('sessions', 'bank');
		expect(stored).toEqual({
			id: 'bank',
			bankId: 'bank',
			options: { ...defaultOptions(), count: 'all', questionIds: ['q-multiple', 'q-tf'] },
			seed: 'rownoczesnie',
			questionIds: ['q-multiple', 'q-tf'],
			orders: s.orders,
			answers: { 'q-multiple': [0, 1] },
			checked: ['q-multiple'],
			skipped: [],
			current: 1,
			startedAt: T0,
			deadline: null,
			updatedAt: T0
		});
	});

	it('exam: skip, answer, go back and finish at once store one attempt with every answer', async () => {
		const { store } = slowStore();
		const s = await start(store, { mode: 'exam', questionIds: ['q-tf', 'q-short', 'q-num'] });
		const [, , , , attempt] = await Promise.all([
			s.skip(),
			s.setAnswer('Lodz'),
			s.goTo(0),
			s.setAnswer(true),
			s.finish(),
			s.skip()
		]);
		expect(attempt.answers).toEqual({ 'q-short': 'Lodz', 'q-tf': true });
		expect(attempt.scores).toEqual({ 'q-tf': 0, 'q-short': 1, 'q-num': 0 });
		expect(await listAttempts('bank', store)).toEqual([attempt]);
		expect(await store.list('sessions')).toEqual([]);
	});
});
