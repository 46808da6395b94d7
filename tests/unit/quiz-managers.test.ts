import { describe, expect, it } from 'vitest';
import { StudentQuiz } from '../../src/lib/classroom/student.svelte';
import type { ClassroomConfig } from '../../src/lib/classroom/config';
import { decodeResult } from '../../src/lib/classroom/result';
import { defaultOptions } from '../../src/lib/quiz';
import { BankQuiz } from '../../src/lib/quiz/BankQuiz.svelte';
import { listAttempts } from '../../src/lib/quiz/QuizSession.svelte';
import { Storage } from '../../src/lib/storage';
import { all } from './quiz-fixtures';

const config: ClassroomConfig = {
	v: 1,
	quizId: 'klasa2b01',
	title: 'Sprawdzian',
	bankId: 'bank',
	questionIds: ['q-tf', 'q-single'],
	seed: 'klasa',
	mode: 'exam',
	timeLimitMinutes: 0,
	shuffle: false
};
const bank = { id: 'bank', questions: all };

describe('StudentQuiz', () => {
	it('asks for a name, starts one quiz for two presses, and shows the result after a reload', async () => {
		const store = new Storage({ memory: true });
		const student = new StudentQuiz(store);
		expect(await student.start(config, bank, '   ')).toBe(false);
		expect(student.nameError).toBe('Wpisz imię lub pseudonim.');
		const [a, b] = [student.start(config, bank, ' Ala  Nowak '), student.start(config, bank, 'X')];
		expect(b).toBe(a);
		expect(await Promise.all([a, b])).toEqual([true, true]);
		expect(student.nameError).toBe('');
		const session = student.session!;
		expect(session.classroom).toEqual({ quizId: 'klasa2b01', name: 'Ala Nowak' });
		expect(session.questions.map((q) => q.id)).toEqual(['q-tf', 'q-single']);
		await session.setAnswer(false);
		const attempt = await session.finish();
		await Promise.all([student.finished(config, attempt), student.finished(config, attempt)]);
		expect(student.session).toBeNull();
		const decoded = await decodeResult(student.sent!.code);
		expect(decoded).toEqual({ ok: true, value: student.sent!.result });
		expect(student.sent!.result).toEqual({
			v: 1,
			quizId: 'klasa2b01',
			name: 'Ala Nowak',
			answers: { 'q-tf': false },
			scores: { 'q-tf': 1, 'q-single': 0 },
			score: 1,
			maxScore: 2,
			durationMs: attempt.durationMs,
			finishedAt: attempt.finishedAt
		});

		const reopened = new StudentQuiz(store);
		await reopened.restore(config, bank);
		expect(reopened.sent?.result).toEqual(student.sent!.result);
		expect(await listAttempts('bank', store)).toEqual([attempt]);
	});

	it('comes back to the quiz in progress under the same name', async () => {
		const store = new Storage({ memory: true });
		const student = new StudentQuiz(store);
		await student.start(config, bank, 'Bartek');
		await student.session!.setAnswer(true);
		const reopened = new StudentQuiz(store);
		await reopened.restore(config, bank);
		expect(reopened.name).toBe('Bartek');
		expect(reopened.session?.answerOf('q-tf')).toBe(true);
		expect(reopened.sent).toBeNull();
	});
});

describe('BankQuiz', () => {
	it('starts one quiz for two presses, shows results and history, and "Popraw błędy"', async () => {
		const store = new Storage({ memory: true });
		let n = 0;
		const quiz = new BankQuiz({
			bankId: 'bank',
			questions: all,
			random: () => (n++ % 7) / 7,
			store
		});
		await quiz.load();
		expect(quiz.view).toBe('setup');
		expect(quiz.seed).toBe('aejquz');
		const options = {
			...defaultOptions(),
			count: 'all' as const,
			questionIds: ['q-tf', 'q-single']
		};
		const [a, b] = [quiz.start(options), quiz.start(options)];
		expect(b).toBe(a);
		await a;
		expect(quiz.view).toBe('running');
		const session = quiz.session!;
		expect(session.seed).toBe('aejquz');
		await session.setAnswer(false, 'q-tf');
		await quiz.finished(await session.finish());
		expect(quiz.view).toBe('results');
		expect(quiz.history).toEqual([quiz.attempt]);
		await quiz.fixMistakes();
		expect(quiz.view).toBe('running');
		expect(quiz.session!.questions.map((q) => q.id)).toEqual(['q-single']);
		await quiz.discard();
		expect(quiz.view).toBe('setup');
		expect(await store.list('sessions')).toEqual([]);
	});
});
