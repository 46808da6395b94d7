import { describe, expect, it } from 'vitest';
import { loadBankDir } from '../../src/lib/bank/fs';
import { studentSeed, type ClassroomConfig } from '../../src/lib/classroom/config';
import { LETTERS, classroomQuestions, sheetQuestion } from '../../src/lib/classroom/sheet';
import { defaultOptions, selectQuestions } from '../../src/lib/quiz/select';

const { bank } = loadBankDir(process.cwd(), 'kazachstan-2022-11');

describe('worksheet and projector form of questions', () => {
	it('gives the worksheet and the key the same order for the same seed', () => {
		for (const q of bank.questions) {
			expect(sheetQuestion(q, 'abc')).toEqual(sheetQuestion(q, 'abc'));
		}
	});

	it('keeps every option and marks exactly the right ones', () => {
		for (const q of bank.questions) {
			const s = sheetQuestion(q, 'seed-1');
			if (q.type === 'single' || q.type === 'multiple') {
				if (s.body.kind !== 'choice') throw new Error(q.id);
				expect([...s.body.options].sort((a, b) => a.text.localeCompare(b.text))).toEqual(
					q.options
						.map((o) => ({ text: o.text, correct: o.correct }))
						.sort((a, b) => a.text.localeCompare(b.text))
				);
				expect(s.answer.split('; ').sort()).toEqual(
					q.options
						.filter((o) => o.correct)
						.map((o) => o.text)
						.sort()
				);
			}
		}
	});

	it('never prints an ordering question already in order, and letters match pairs', () => {
		for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
			for (const q of bank.questions) {
				const s = sheetQuestion(q, seed);
				if (q.type === 'order' && s.body.kind === 'order') {
					expect(s.body.items).not.toEqual(q.items);
					expect([...s.body.items].sort()).toEqual([...q.items].sort());
				}
				if (q.type === 'match' && s.body.kind === 'match') {
					q.pairs.forEach((p, i) => {
						const letter = s.body.kind === 'match' ? LETTERS[s.body.right.indexOf(p.right)] : '';
						expect(s.body.kind === 'match' && s.body.answer[i]).toBe(
							`${i + 1} – ${letter} (${p.left} — ${p.right})`
						);
					});
				}
			}
		}
	});

	it('splits a cloze text into text and numbered gaps', () => {
		const q = bank.questions.find((x) => x.type === 'cloze');
		if (!q || q.type !== 'cloze') throw new Error('no cloze question');
		const s = sheetQuestion(q, 'x');
		if (s.body.kind !== 'cloze') throw new Error('not cloze');
		const rebuilt = s.body.parts.map((p) => ('gap' in p ? `{${p.gap}}` : p.text)).join('');
		expect(rebuilt).toBe(q.text);
		expect(s.answer).toBe(q.gaps.map((g, i) => `(${i + 1}) ${g[0]}`).join('; '));
	});
});

describe('question order of a classroom quiz', () => {
	const config: ClassroomConfig = {
		v: 1,
		quizId: 'quiz0001',
		title: 'T',
		bankId: bank.id,
		questionIds: bank.questions.map((q) => q.id),
		seed: 'abc',
		mode: 'exam',
		timeLimitMinutes: 0,
		shuffle: false
	};

	it('matches what every student sees when nobody gets their own order', () => {
		const selected = selectQuestions(
			bank.questions,
			{ ...defaultOptions(), count: 'all', questionIds: config.questionIds },
			studentSeed(config, 'Ktokolwiek')
		);
		expect(classroomQuestions(config, bank.questions).map((q) => q.id)).toEqual(
			selected.questions.map((q) => q.id)
		);
		// And the options on paper are in the order of the students' screens.
		for (const q of selected.questions) {
			const s = sheetQuestion(q, config.seed);
			if (q.type === 'single' && s.body.kind === 'choice') {
				expect(s.body.options.map((o) => o.text)).toEqual(
					(selected.orders[q.id] ?? []).map((i) => q.options[i]?.text)
				);
			}
		}
	});

	it('keeps the teacher order when every student gets their own', () => {
		const shuffledConfig = { ...config, shuffle: true };
		expect(classroomQuestions(shuffledConfig, bank.questions).map((q) => q.id)).toEqual(
			config.questionIds
		);
	});
});
