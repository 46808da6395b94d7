import { describe, expect, it } from 'vitest';
import { encodeConfig, withCarriedQuestions, type IdConfig } from '../../src/lib/classroom/config';
import { LinkedQuiz, type ClassroomBank } from '../../src/lib/classroom/linked.svelte';
import { classroomText as text } from '../../src/lib/classroom/strings';
import { all } from './quiz-fixtures';

const bank: ClassroomBank = {
	id: 'moj-rzeki',
	title: 'Rzeki',
	topics: ['rosja', 'wojna', 'europa', 'gospodarka'].map((id) => ({ id, label: id })),
	questions: all
};
const config: IdConfig = {
	v: 1,
	quizId: 'mhx1abc123',
	title: 'Rzeki — 2b',
	bankId: 'moj-rzeki',
	questionIds: ['q-single', 'q-tf'],
	seed: 'ab12',
	mode: 'practice',
	timeLimitMinutes: 0,
	shuffle: true
};

describe('a classroom link opened on a device', () => {
	it('naming a bank of the teacher\'s own: sends to "Dodaj zestaw" until the bank arrives', async () => {
		let banks = $state<ClassroomBank[]>([]);
		const linked = new LinkedQuiz(() => banks);
		await linked.open(await encodeConfig(config));
		expect([linked.state, linked.reason, linked.needsBankFile, linked.config]).toEqual([
			'error',
			text.missingLocalBank,
			true,
			null
		]);
		// The bank file imported (or the device's banks loaded after the page mounted).
		banks = [bank];
		expect([linked.state, linked.reason, linked.needsBankFile, linked.carried]).toEqual([
			'ready',
			'',
			false,
			false
		]);
		expect(linked.bank).toEqual(bank);
		expect(linked.questions.map((q) => q.id)).toEqual(['q-single', 'q-tf']);
	});

	it('carrying its questions: ready with no bank here, the questions as the link has them', async () => {
		const linked = new LinkedQuiz(() => []);
		await linked.open(await encodeConfig(withCarriedQuestions(config, bank)));
		expect([linked.state, linked.carried, linked.needsBankFile]).toEqual(['ready', true, false]);
		expect(linked.bank?.id).toBe('moj-rzeki');
		expect(linked.bank?.topics).toEqual([
			{ id: 'rosja', label: 'rosja' },
			{ id: 'wojna', label: 'wojna' }
		]);
		expect(linked.questions.map((q) => [q.id, q.prompt])).toEqual([
			['q-single', 'Dokąd?'],
			['q-tf', 'Prawda czy fałsz?']
		]);
	});

	it('a question missing from the bank here is not cured by a bank file', async () => {
		const linked = new LinkedQuiz(() => [{ ...bank, questions: all.slice(0, 1) }]);
		await linked.open(await encodeConfig(config));
		expect([linked.state, linked.reason, linked.needsBankFile]).toEqual([
			'error',
			text.missingQuestion('q-tf'),
			false
		]);
	});
});
