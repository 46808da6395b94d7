import { describe, expect, it } from 'vitest';
import type { Bank, Card, Question } from '../../src/lib/bank/types';
import { titleFromFileName } from '../../src/lib/authoring/bank';
import {
	checkItem,
	emptyForm,
	fieldProblem,
	formOf,
	itemOf,
	newItemId,
	parseFormNumber,
	putItem,
	quoteOf,
	removeItem,
	type ItemContext,
	type ItemForm
} from '../../src/lib/authoring/editor';
import { proposeText } from '../../src/lib/authoring/engine';
import { accept, addManual, editProposal, paragraphOf } from '../../src/lib/authoring/review';

const TEXT = `## Rzeki

Wisła ma długość 1047 kilometrów. Jej źródła leżą na Baraniej Górze.

Odra płynie przez Wrocław. Warta jest jej największym dopływem.`;
const Q1 = 'Wisła ma długość 1047 kilometrów.';
const Q2 = 'Jej źródła leżą na Baraniej Górze.';
const Q3 = 'Odra płynie przez Wrocław.';

const common = {
	prompt: 'Jak długa jest Wisła?',
	evidence: Q1,
	explanation: 'Tak podaje tekst.',
	topics: ['rzeki'],
	difficulty: 1 as const
};

/** One question of every type and a flashcard, each valid against TEXT. */
const ITEMS: (Question | Card)[] = [
	{
		...common,
		id: 'q-single',
		type: 'single',
		options: [
			{ text: '1047 km', correct: true },
			{ text: '854 km', correct: false }
		]
	},
	{
		...common,
		id: 'q-multiple',
		type: 'multiple',
		prompt: 'Co mówi tekst?',
		evidence: [Q1, Q3],
		options: [
			{ text: 'Wisła ma 1047 km', correct: true },
			{ text: 'Odra płynie przez Wrocław', correct: true },
			{ text: 'Warta płynie przez Kraków', correct: false }
		],
		excludes: ['q-single']
	},
	{ ...common, id: 'q-tf', type: 'true-false', prompt: 'Wisła ma 1047 km.', answer: true },
	{
		...common,
		id: 'q-short',
		type: 'short',
		prompt: 'Gdzie są źródła Wisły?',
		evidence: Q2,
		answers: ['na Baraniej Górze', 'Barania Góra']
	},
	{
		...common,
		id: 'q-numeric',
		type: 'numeric',
		answer: 1047.5,
		tolerance: 2,
		unit: 'km',
		written: ['1047 kilometrów']
	},
	{
		...common,
		id: 'q-match',
		type: 'match',
		prompt: 'Dopasuj',
		evidence: [Q1, Q3],
		pairs: [
			{ left: 'Wisła', right: '1047 km' },
			{ left: 'Odra', right: 'Wrocław' },
			{ left: 'Warta', right: 'dopływ Odry' }
		]
	},
	{ ...common, id: 'q-order', type: 'order', prompt: 'Ułóż', items: ['a', 'b', 'c'] },
	{
		...common,
		id: 'q-cloze',
		type: 'cloze',
		prompt: 'Uzupełnij',
		text: 'Wisła ma długość {1} kilometrów, a źródła na {2}.',
		gaps: [['1047'], ['Baraniej Górze', 'Barania Góra']]
	},
	{
		id: 'c-zrodla',
		front: 'Gdzie leżą źródła Wisły?',
		back: 'Na Baraniej Górze',
		kind: 'basic',
		evidence: Q2,
		topics: ['rzeki']
	}
];

const BANK: Bank = {
	id: 'moj-rzeki',
	title: 'Rzeki',
	description: 'Rzeki Polski',
	language: 'pl',
	source: 'source.md',
	attribution: '',
	date: '',
	topics: [{ id: 'rzeki', label: 'Rzeki' }],
	questions: ITEMS.filter((i): i is Question => 'type' in i),
	cards: ITEMS.filter((i): i is Card => !('type' in i))
};

const context = (bank: Bank = BANK, exceptId = ''): ItemContext => ({
	topics: bank.topics,
	questions: bank.questions.filter((q) => q.id !== exceptId),
	cards: bank.cards.filter((c) => c.id !== exceptId),
	sourceText: TEXT
});

describe('item editor: form ↔ item', () => {
	for (const item of ITEMS) {
		it(`${item.id}: the form of an item makes the same item again`, () => {
			const result = itemOf(formOf(item), new Set());
			expect(result).toEqual({ ok: true, item });
		});
	}

	it('the form of a numeric question shows numbers the Polish way', () => {
		const form = formOf(ITEMS[4] as Question);
		expect([form.number, form.tolerance, form.unit, form.written]).toEqual([
			'1047,5',
			'2',
			'km',
			'1047 kilometrów'
		]);
	});

	it('the form of a cloze question lists one gap per line, answers split by ";"', () => {
		const form = formOf(ITEMS[7] as Question);
		expect([form.clozeText, form.gaps]).toEqual([
			'Wisła ma długość {1} kilometrów, a źródła na {2}.',
			'1047\nBaraniej Górze; Barania Góra'
		]);
	});

	it('a new question gets a free id from its prompt, with an explanation from its quote', () => {
		const form: ItemForm = {
			...emptyForm('question', 'rzeki', [`  ${Q3}  `], 'short'),
			prompt: 'Przez jakie miasto płynie Odra?',
			answers: ' Wrocław \n\n przez Wrocław '
		};
		const taken = new Set(['q-przez-jakie-miasto-plynie-odra']);
		expect(itemOf(form, taken)).toEqual({
			ok: true,
			item: {
				id: 'q-przez-jakie-miasto-plynie-odra-2',
				type: 'short',
				prompt: 'Przez jakie miasto płynie Odra?',
				evidence: Q3,
				explanation: `W tekście: „${Q3}”`,
				topics: ['rzeki'],
				difficulty: 1,
				answers: ['Wrocław', 'przez Wrocław']
			}
		});
	});

	it('a new flashcard gets a `c-` id from its front; a cloze question one from its text', () => {
		const card = { ...emptyForm('card', 'rzeki'), front: 'Źródła Wisły ___' };
		expect(newItemId(card, new Set())).toBe('c-zrodla-wisly');
		const cloze = { ...emptyForm('question', 'rzeki', [], 'cloze'), clozeText: 'Wisła {1} km' };
		expect(newItemId(cloze, new Set())).toBe('q-wisla-km');
		expect(newItemId(emptyForm('question', 'rzeki'), new Set())).toBe('q-pytanie');
	});

	it('numbers are read with a comma or spaces; anything else is a problem of its field', () => {
		expect([parseFormNumber('3,5'), parseFormNumber('7 598'), parseFormNumber('-2.25')]).toEqual([
			3.5, 7598, -2.25
		]);
		expect([parseFormNumber(''), parseFormNumber('ok. 5'), parseFormNumber('1,2,3')]).toEqual([
			null,
			null,
			null
		]);
		const form = {
			...formOf(ITEMS[4] as Question),
			number: 'dużo',
			tolerance: 'x',
			evidence: [],
			topic: ''
		};
		expect(itemOf(form, new Set())).toEqual({
			ok: false,
			problems: {
				evidence: ['Dodaj co najmniej jeden cytat z tekstu.'],
				topic: ['Wybierz temat.'],
				number: ['Wpisz liczbę, np. 7598 albo 3,5.'],
				tolerance: ['Wpisz liczbę, np. 7598 albo 3,5.']
			}
		});
	});

	it('empty options and pairs are left out; an empty tolerance is 0', () => {
		const form = formOf(ITEMS[0] as Question);
		form.options.push({ text: '  ', correct: false });
		const numeric = { ...formOf(ITEMS[4] as Question), tolerance: ' ' };
		expect(itemOf(form, new Set())).toEqual({ ok: true, item: ITEMS[0] });
		const built = itemOf(numeric, new Set());
		expect(
			built.ok && 'type' in built.item && built.item.type === 'numeric' && built.item.tolerance
		).toBe(0);
	});
});

describe('item editor: validation by the bank validator, in Polish by field', () => {
	it('an edited item that stays valid passes with its id', () => {
		const form = { ...formOf(ITEMS[2] as Question), prompt: 'Wisła ma ponad tysiąc km.' };
		expect(checkItem(form, context(BANK, 'q-tf'))).toEqual({
			ok: true,
			item: { ...(ITEMS[2] as Question), prompt: 'Wisła ma ponad tysiąc km.' }
		});
	});

	it('a quote not in the text, an empty prompt and two right answers of a single choice', () => {
		const form: ItemForm = {
			...formOf(ITEMS[0] as Question),
			prompt: '  ',
			evidence: ['Wisła ma 2000 km.'],
			options: [
				{ text: 'a', correct: true },
				{ text: 'b', correct: true }
			]
		};
		expect(checkItem(form, context(BANK, 'q-single'))).toEqual({
			ok: false,
			problems: {
				prompt: ['To pole nie może być puste.']
			}
		});
		const later = { ...form, prompt: 'Ile?' };
		expect(checkItem(later, context(BANK, 'q-single'))).toEqual({
			ok: false,
			problems: {
				evidence: ['Tego cytatu nie ma dosłownie w tekście: „Wisła ma 2000 km.”.'],
				options: ['Zaznacz dokładnie jedną dobrą odpowiedź.']
			}
		});
	});

	it('cloze gaps that do not match the text, and a numeric form written differently', () => {
		const cloze = { ...formOf(ITEMS[7] as Question), gaps: '1047' };
		expect(checkItem(cloze, context(BANK, 'q-cloze'))).toEqual({
			ok: false,
			problems: {
				clozeText: [
					'Zdanie musi mieć luki {1}, {2}, … — tyle, ile wierszy z odpowiedziami, każdą raz.'
				]
			}
		});
		const numeric = { ...formOf(ITEMS[4] as Question), written: 'tysiąc kilometrów' };
		expect(checkItem(numeric, context(BANK, 'q-numeric'))).toEqual({
			ok: false,
			problems: { written: ['Zapisu „tysiąc kilometrów” nie ma w cytacie.'] }
		});
	});

	it('a cloze flashcard without a gap, and a match of two pairs', () => {
		const card = { ...formOf(ITEMS[8] as Card), cardKind: 'cloze' as const };
		expect(checkItem(card, context(BANK, 'c-zrodla'))).toEqual({
			ok: false,
			problems: { front: ['Przód fiszki z luką musi zawierać lukę ___.'] }
		});
		const match = formOf(ITEMS[5] as Question);
		match.pairs = match.pairs.slice(0, 2);
		expect(checkItem(match, context(BANK, 'q-match'))).toEqual({
			ok: false,
			problems: { pairs: ['Wpisz co najmniej trzy pary.'] }
		});
	});

	it('a new item is checked with the bank: its id never collides', () => {
		const form = { ...formOf(ITEMS[0] as Question), id: '' };
		const result = checkItem(form, context());
		expect(result.ok && result.item.id).toBe('q-jak-dluga-jest-wisla');
	});

	it('maps every rule of the validator to a field', () => {
		const rules: [string, string][] = [
			['evidence "x" not found in source.md', 'evidence'],
			['multiple must have at least two correct options (ma 1)', 'options'],
			['options must be unique', 'options'],
			['match pairs must be unique on both sides', 'pairs'],
			['order needs at least 3 items (ma 2)', 'items'],
			['order items must be unique', 'items'],
			['numeric tolerance must be >= 0', 'tolerance'],
			['cloze needs at least 1 gap', 'gaps'],
			['id is not unique (powtarza się w zestawie)', 'general'],
			['topic "x" is not defined in topics', 'topic'],
			['answers: co najmniej jedna odpowiedź', 'answers'],
			['options: co najmniej dwie odpowiedzi', 'options'],
			['gaps.0: luka musi mieć odpowiedź', 'gaps'],
			['back: pole nie może być puste', 'back'],
			['something new', 'general']
		];
		expect(rules.map(([rule]) => fieldProblem(rule).field)).toEqual(rules.map(([, f]) => f));
		expect(fieldProblem('order needs at least 3 items (ma 2)').message).toBe(
			'Wpisz co najmniej trzy elementy.'
		);
	});
});

describe('item editor: the bank and the quotes', () => {
	it('puts an edited item in its place and a new one at the end', () => {
		const edited = { ...(ITEMS[0] as Question), prompt: 'Nowe' };
		expect(putItem(BANK, edited).questions.map((q) => q.prompt)[0]).toBe('Nowe');
		expect(putItem(BANK, edited).questions.length).toBe(BANK.questions.length);
		const card = { ...(ITEMS[8] as Card), id: 'c-nowa' };
		expect(putItem(BANK, card).cards.map((c) => c.id)).toEqual(['c-zrodla', 'c-nowa']);
	});

	it('removing a question removes it from the others’ excludes', () => {
		const after = removeItem(BANK, 'q-single');
		expect(after.questions.map((q) => q.id)).not.toContain('q-single');
		const multiple = after.questions.find((q) => q.id === 'q-multiple');
		expect(multiple && 'excludes' in multiple).toBe(false);
		expect(removeItem(BANK, 'c-zrodla').cards).toEqual([]);
	});

	it('a selection becomes a quote only when it stands verbatim in the paragraph', () => {
		const paragraph = `${Q1} ${Q2}`;
		expect(quoteOf('  ma długość\n 1047 ', paragraph)).toBe('ma długość 1047');
		expect(quoteOf('Odra', paragraph)).toBeNull();
		expect(quoteOf('   ', paragraph)).toBeNull();
	});

	it('a file name suggests a title', () => {
		expect(titleFromFileName('lekcja_5-rzeki Polski.md')).toBe('lekcja 5 rzeki Polski');
	});
});

describe('review with edits and items written by hand', () => {
	const made = (() => {
		const r = proposeText(TEXT);
		if (!r.ok) throw new Error(r.problem.code);
		return r.proposals;
	})();

	it('finds the paragraph of a quote', () => {
		expect([paragraphOf(made, Q3), paragraphOf(made, Q1), paragraphOf(made, 'nie ma')]).toEqual([
			'p-2',
			'p-1',
			'p-1'
		]);
	});

	it('an edited proposal keeps its id and moves to the paragraph of its new quote', () => {
		const first = made.proposals[0]!;
		const card: Card = {
			...(ITEMS[8] as Card),
			id: 'inne',
			evidence: Q3,
			topics: ['rzeki']
		};
		const after = editProposal(made, first.id, card);
		expect(after.proposals[0]).toEqual({
			...first,
			paragraph: 'p-2',
			evidence: [Q3],
			item: { kind: 'card', card: { ...card, id: first.id } }
		});
		expect(after.proposals.slice(1)).toEqual(made.proposals.slice(1));
	});

	it('an item written by hand is added as an accepted proposal', () => {
		const item = ITEMS[3] as Question;
		const after = addManual(made, item);
		expect(after.proposals.at(-1)).toEqual({
			id: 'q-short',
			rule: 'manual',
			paragraph: 'p-1',
			evidence: [Q2],
			answers: [],
			item: { kind: 'question', question: item }
		});
		expect(accept({ a: 'pending' }, 'q-short')).toEqual({ a: 'pending', 'q-short': 'accepted' });
	});
});
