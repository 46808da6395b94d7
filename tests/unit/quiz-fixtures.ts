/** Small hand-written questions of every type for the quiz engine tests. */
import type { Question } from '../../src/lib/quiz';

const common = { evidence: 'cytat', explanation: 'Wyjaśnienie.', difficulty: 1 as const };

export const single: Question = {
	...common,
	id: 'q-single',
	type: 'single',
	prompt: 'Dokąd?',
	topics: ['rosja'],
	options: [
		{ text: 'Do Moskwy', correct: true },
		{ text: 'Do Paryża', correct: false },
		{ text: 'Do Pekinu', correct: false },
		{ text: 'Do Ankary', correct: false }
	]
};

export const multiple: Question = {
	...common,
	id: 'q-multiple',
	type: 'multiple',
	prompt: 'Które?',
	topics: ['rosja'],
	difficulty: 2,
	options: [
		{ text: 'EUG', correct: true },
		{ text: 'OUBZ', correct: true },
		{ text: 'OBWE', correct: false },
		{ text: 'UE', correct: false }
	]
};

export const trueFalse: Question = {
	...common,
	id: 'q-tf',
	type: 'true-false',
	prompt: 'Prawda czy fałsz?',
	topics: ['wojna'],
	answer: false
};

export const short: Question = {
	...common,
	id: 'q-short',
	type: 'short',
	prompt: 'Miasto?',
	topics: ['rosja'],
	answers: ['Łódź']
};

export const shortLong: Question = {
	...common,
	id: 'q-short-long',
	type: 'short',
	prompt: 'Dziennik?',
	topics: ['rosja'],
	difficulty: 3,
	answers: ['Komiersant', 'Kommersant', 'ONZ', 'Organizacja Narodów Zjednoczonych']
};

export const numeric: Question = {
	...common,
	id: 'q-num',
	type: 'numeric',
	prompt: 'Ile km?',
	topics: ['rosja'],
	answer: 7598,
	tolerance: 0,
	unit: 'km'
};

export const match: Question = {
	...common,
	id: 'q-match',
	type: 'match',
	prompt: 'Połącz.',
	topics: ['europa'],
	pairs: [
		{ left: 'Putin', right: 'Moskwa' },
		{ left: 'Macron', right: 'Paryż' },
		{ left: 'Borrell', right: 'Bruksela' },
		{ left: 'Rau', right: 'Warszawa' }
	]
};

export const order: Question = {
	...common,
	id: 'q-order',
	type: 'order',
	prompt: 'Ułóż.',
	topics: ['europa'],
	items: ['A', 'B', 'C', 'D', 'E']
};

export const cloze: Question = {
	...common,
	id: 'q-cloze',
	type: 'cloze',
	prompt: 'Uzupełnij.',
	topics: ['gospodarka'],
	text: 'Wysłano {1} tys. ton, co oznacza {2} wzrost.',
	gaps: [
		['80', 'osiemdziesiąt'],
		['ośmiokrotny', '8-krotny']
	]
};

export const all: Question[] = [
	single,
	multiple,
	trueFalse,
	short,
	shortLong,
	numeric,
	match,
	order,
	cloze
];
