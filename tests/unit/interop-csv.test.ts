import { describe, expect, test } from 'vitest';
import { exportCsv, joinCell, parseCsv, splitCell } from '$lib/interop/csv';
import {
	byId,
	carriedCard,
	carriedQuestion,
	fixture,
	realBank,
	validateImported
} from './interop-helpers';

describe('CSV import (template)', () => {
	const r = parseCsv(fixture('szablon.csv'));

	test('reads every type of the template, with a BOM, quoted fields, line breaks and Windows endings', () => {
		const g = ['geografia'];
		const o = ['ogolne'];
		expect(r.bank.topics).toEqual([
			{ id: 'geografia', label: 'Geografia' },
			{ id: 'rzeki', label: 'Rzeki' },
			{ id: 'ogolne', label: 'Ogólne' },
			{ id: 'literatura', label: 'Literatura' }
		]);
		expect(r.bank.questions).toEqual([
			{
				id: 'q-stolica',
				type: 'single',
				prompt: 'Jaka jest stolica Polski?',
				explanation: 'Od 1596 r.',
				evidence: ['Stolicą Polski jest Warszawa.'],
				options: [
					{ text: 'Warszawa', correct: true },
					{ text: 'Kraków', correct: false },
					{ text: 'Gdańsk', correct: false }
				],
				topics: g,
				difficulty: 1
			},
			{
				id: 'ktore-rzeki-plyna-przez-polske',
				type: 'multiple',
				prompt: 'Które rzeki płyną przez Polskę?',
				options: [
					{ text: 'Wisła', correct: true },
					{ text: 'Odra', correct: true },
					{ text: 'Dunaj', correct: false }
				],
				topics: ['geografia', 'rzeki'],
				difficulty: 2
			},
			{
				id: 'slonce-wschodzi-na-zachodzie-prawda',
				type: 'true-false',
				prompt: 'Słońce wschodzi na zachodzie; prawda?',
				answer: false,
				topics: o,
				difficulty: 2
			},
			{
				id: 'kto-napisal-pana-tadeusza',
				type: 'short',
				prompt: 'Kto napisał „Pana Tadeusza”?',
				answers: ['Adam Mickiewicz', 'Mickiewicz'],
				topics: ['literatura'],
				difficulty: 2
			},
			{
				id: 'ile-kilometrow-ma-granica',
				type: 'numeric',
				prompt: 'Ile kilometrów ma granica?',
				answer: 7598.5,
				tolerance: 0.5,
				unit: 'km',
				topics: g,
				difficulty: 3
			},
			{
				id: 'polacz-panstwo-ze-stolica',
				type: 'match',
				prompt: 'Połącz państwo ze stolicą.',
				pairs: [
					{ left: 'Francja', right: 'Paryż' },
					{ left: 'Niemcy', right: 'Berlin' },
					{ left: 'Czechy', right: 'Praga' }
				],
				topics: g,
				difficulty: 2
			},
			{
				id: 'uloz-od-najmniejszej',
				type: 'order',
				prompt: 'Ułóż od najmniejszej.',
				items: ['jeden', 'dwa', 'trzy'],
				topics: o,
				difficulty: 2
			},
			{
				id: 'uzupelnij-zdanie',
				type: 'cloze',
				prompt: 'Uzupełnij zdanie.',
				text: 'Stolicą Francji jest {1}, a Niemiec {2}.',
				gaps: [['Paryż', 'Paris'], ['Berlin']],
				topics: o,
				difficulty: 2
			},
			{
				// Excel's leading apostrophe (text, not a formula) is dropped; `\|` is a literal bar.
				id: '1-1',
				type: 'single',
				prompt: '=1+1?',
				options: [
					{ text: '=2', correct: true },
					{ text: '3', correct: false },
					{ text: 'a|b', correct: false }
				],
				topics: o,
				difficulty: 2
			},
			{
				// CSV is plain text: what looks like markup stays typed characters, shown as text.
				id: 'b-pogrubione-b',
				type: 'short',
				prompt: '<b>Pogrubione?</b>',
				answers: ['tak'],
				topics: o,
				difficulty: 2
			}
		]);
		expect(r.bank.cards).toEqual([
			{
				id: 'stolica-czech',
				front: 'Stolica Czech',
				back: 'Praga\n(nad Wełtawą)',
				kind: 'basic',
				evidence: ['Cytat z "przewodnika"'],
				topics: g
			}
		]);
		expect(validateImported(r.bank)).toEqual([]);
	});

	test('broken rows are named by their line (counting line breaks inside quotes)', () => {
		expect(r.errors).toEqual([
			{
				where: 'wiersz 13',
				reason:
					'nieznany typ „<script>alert(1)</script>krótka” (dozwolone: jednokrotny, wielokrotny, prawda-fałsz, krótka, liczba, pary, kolejność, luki, fiszka)'
			},
			{ where: 'wiersz 15', reason: 'odpowiedź „dużo” nie jest liczbą' },
			{ where: 'wiersz 16', reason: 'odpowiedź „może” musi brzmieć „prawda” albo „fałsz”' },
			{
				where: 'wiersz 17',
				reason: 'każda para musi mieć postać „lewa -> prawa”, pary oddziela „|”'
			},
			{ where: 'wiersz 18', reason: 'trudność „5” musi wynosić 1, 2 albo 3' }
		]);
	});

	test('English headers, commas and no type column: choice questions and flashcards', () => {
		const csv =
			'question,answer,wrong\r\n"Capital of France?",Paris,"Lyon | Nice"\r\nHund,pies,\r\n';
		const e = parseCsv(csv);
		expect(e.bank.questions.map((q) => q.type)).toEqual(['single']);
		expect(e.bank.cards.map((c) => [c.front, c.back])).toEqual([['Hund', 'pies']]);
	});

	test('a file without the header row is refused', () => {
		expect(parseCsv('a;b\nc;d\n').errors).toEqual([
			{ where: 'wiersz 1', reason: 'brak wiersza nagłówka z kolumnami „pytanie” i „odpowiedź”' }
		]);
	});

	test('an unclosed quote is named', () => {
		const e = parseCsv('pytanie;odpowiedź\nDobre;tak\n"Złe;nie\n');
		expect(e.bank.cards.map((c) => c.front)).toEqual(['Dobre']);
		expect(e.errors).toEqual([{ where: 'wiersz 3', reason: 'niezamknięty cudzysłów' }]);
	});
});

describe('CSV export', () => {
	const exported = exportCsv(realBank);

	test('is Excel-friendly: BOM, semicolons, Windows line endings, the template header', () => {
		const text = exported.data as string;
		expect(
			text.startsWith(
				'\uFEFFtyp;id;pytanie;odpowiedź;błędne;tolerancja;jednostka;wyjaśnienie;cytat;tematy;trudność\r\n'
			)
		).toBe(true);
		expect(exported.leftOut).toEqual([]);
	});

	test('round trip keeps everything: every type, cards, ids, topics, difficulty, evidence', () => {
		const back = parseCsv(exported.data as string);
		expect(back.errors).toEqual([]);
		const carry = { ids: true, feedback: true, allTopics: true, unit: true, difficulty: true };
		expect(byId(back.bank.questions.map((q) => carriedQuestion(q, back.bank, carry)))).toEqual(
			byId(realBank.questions.map((q) => carriedQuestion(q, realBank, carry)))
		);
		expect(byId(back.bank.cards.map((c) => carriedCard(c, back.bank, carry)))).toEqual(
			byId(realBank.cards.map((c) => carriedCard(c, realBank, carry)))
		);
	});

	test('text starting like a formula is written as text', () => {
		const bank = {
			...realBank,
			questions: [],
			cards: [
				{
					id: 'c-wzor',
					front: '=HYPERLINK("x")',
					back: '+48 | -1',
					kind: 'basic' as const,
					topics: ['rosja']
				}
			]
		};
		const text = exportCsv(bank).data as string;
		expect(text).toContain(`"'=HYPERLINK(""x"")";'+48 | -1`);
		expect(parseCsv(text).bank.cards.map((c) => [c.front, c.back])).toEqual([
			['=HYPERLINK("x")', '+48 | -1']
		]);
	});

	test('cell lists escape the bar', () => {
		expect(splitCell(joinCell(['a|b', 'c']))).toEqual(['a|b', 'c']);
	});
});
