/** The guard functions themselves, on small hand-made questions: each one can fail. */
import { describe, expect, it } from 'vitest';
import {
	answerLeaks,
	clozeFormClashes,
	correctIsLongest,
	hintClashes,
	numbersIn
} from '../../src/lib/bank/guards';
import type { Card, Question } from '../../src/lib/bank/types';

const base = {
	evidence: 'cytat',
	explanation: 'Wyjaśnienie.',
	topics: ['t'],
	difficulty: 1 as const
};

const single = (id: string, prompt: string, right: string, wrong: string[]): Question => ({
	...base,
	id,
	type: 'single',
	prompt,
	options: [{ text: right, correct: true }, ...wrong.map((text) => ({ text, correct: false }))]
});

const tf = (id: string, prompt: string, excludes?: string[]): Question => ({
	...base,
	id,
	type: 'true-false',
	prompt,
	answer: true,
	...(excludes ? { excludes } : {})
});

const numeric = (id: string, prompt: string, answer: number, unit = ''): Question => ({
	...base,
	id,
	type: 'numeric',
	prompt,
	answer,
	tolerance: 0,
	unit
});

describe('correctIsLongest', () => {
	it('counts questions whose correct option is strictly the longest', () => {
		const qs = [
			single('q-a', 'Co?', 'Długa poprawna odpowiedź', ['Krótka', 'Inna']),
			single('q-b', 'Co?', 'Krótka', ['Długa błędna odpowiedź']),
			single('q-c', 'Co?', 'Równa1', ['Równa2'])
		];
		expect(correctIsLongest(qs)).toEqual({ total: 3, offenders: ['q-a'] });
	});
});

describe('numbersIn', () => {
	it('finds numbers in digits, with multipliers and in words', () => {
		expect(numbersIn('Wysłano 80 tys. ton, a może nawet sześciu milionów; 7 598 km.')).toEqual(
			expect.arrayContaining([80_000, 80, 6_000_000, 7598])
		);
		expect(numbersIn('bez liczb')).toEqual([]);
	});
});

describe('answerLeaks', () => {
	const tenis = single(
		'q-tenis',
		'Z prezydentem którego państwa Tokajew rozegrał rundę tenisa stołowego?',
		'Turcji',
		['Chin', 'Francji']
	);
	it('finds an answer shown with the words of its question, in any case form', () => {
		const giveaway = tf(
			'q-tf',
			'Prawda czy fałsz: Tokajew rozegrał rundę tenisa stołowego z Turcją.'
		);
		expect(answerLeaks([tenis, giveaway])).toEqual([
			{ answerOf: 'q-tenis', shownIn: 'q-tf', answer: 'Turcji' }
		]);
	});
	it('ignores the answer word in an unrelated context', () => {
		const other = tf(
			'q-tf',
			'Prawda czy fałsz: szefowie dyplomacji Turcji i Gruzji spotkali się w Baku.'
		);
		expect(answerLeaks([tenis, other])).toEqual([]);
	});
	it('finds a numeric answer shown anywhere, also in words', () => {
		const months = numeric('q-months', 'Z ilu miesięcy pochodzą dane?', 9, 'miesięcy');
		const other = tf('q-tf', 'Prawda czy fałsz: w ciągu dziewięciu miesięcy wysłano dużo.');
		expect(answerLeaks([months, other])).toEqual([
			{ answerOf: 'q-months', shownIn: 'q-tf', answer: '9' }
		]);
	});
	it('accepts a pair declared in excludes on either side', () => {
		const months = numeric('q-months', 'Z ilu miesięcy pochodzą dane?', 9, 'miesięcy');
		const other = tf('q-tf', 'Prawda czy fałsz: w ciągu dziewięciu miesięcy wysłano dużo.', [
			'q-months'
		]);
		expect(answerLeaks([months, other])).toEqual([]);
	});
});

describe('hintClashes', () => {
	const cards: Card[] = [
		{ id: 'c-1', front: 'Ile km?', back: '7598', kind: 'cloze', evidence: 'cytat', topics: ['t'] }
	];
	it('names hints whose numbers answer a question or a card', () => {
		const qs = [numeric('q-tons', 'Ile ton?', 80, 'tys. ton')];
		expect(hintClashes({ numberHint: 'np. 7598 albo 80 tys.' }, qs, cards)).toEqual([
			{ hint: 'numberHint', number: 7598, ids: ['c-1'] },
			{ hint: 'numberHint', number: 80_000, ids: ['q-tons'] },
			{ hint: 'numberHint', number: 80, ids: ['q-tons'] }
		]);
		expect(hintClashes({ numberHint: 'np. 1250 albo 2,5' }, qs, cards)).toEqual([]);
	});
});

describe('clozeFormClashes', () => {
	it('names gaps that accept two forms of one word', () => {
		const cloze: Question = {
			...base,
			id: 'q-cloze',
			type: 'cloze',
			prompt: 'Uzupełnij.',
			text: 'Niezależność od {1} i od {2}.',
			gaps: [
				['Rosji', 'Rosja', 'Moskwy'],
				['Moskwy', 'Rosji']
			]
		};
		expect(clozeFormClashes([cloze])).toEqual(['q-cloze: luka 1: Rosji / Rosja']);
	});
});
