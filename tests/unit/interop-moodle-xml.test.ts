import { describe, expect, test } from 'vitest';
import { exportMoodleXml, parseMoodleXml } from '$lib/interop/moodle-xml';
import { byId, carriedQuestion, fixture, realBank, validateImported } from './interop-helpers';

describe('Moodle XML import', () => {
	const result = parseMoodleXml(fixture('moodle-spec.xml'));

	test('reads every supported type with categories, tags, feedback and CDATA', () => {
		expect(result.bank.title).toBe('Biologia');
		expect(result.bank.topics).toEqual([
			{ id: 'komorka', label: 'Komórka' },
			{ id: 'budowa', label: 'Budowa' },
			{ id: 'genetyka', label: 'Genetyka' }
		]);
		const k = ['komorka'];
		const g = ['genetyka'];
		const d = 2;
		expect(result.bank.questions).toEqual([
			{
				id: 'jadro-komorkowe',
				type: 'single',
				prompt: 'Co zawiera jądro komórkowe?',
				options: [
					{ text: 'DNA', correct: true },
					{ text: 'Skrobię', correct: false },
					{ text: 'Celulozę', correct: false }
				],
				explanation: 'Jądro przechowuje DNA.',
				topics: k,
				difficulty: d
			},
			{
				id: 'organelle',
				type: 'multiple',
				prompt: 'Które z nich są organellami?',
				options: [
					{ text: 'Mitochondrium', correct: true },
					{ text: 'Rybosom', correct: true },
					{ text: 'Chromosom X & Y', correct: false }
				],
				topics: ['komorka', 'budowa'],
				difficulty: d
			},
			{
				id: 'sciana',
				type: 'true-false',
				prompt: 'Komórki zwierzęce mają ścianę komórkową.',
				answer: false,
				topics: k,
				difficulty: d
			},
			{
				id: 'ojciec-genetyki',
				type: 'short',
				prompt: 'Kto jest nazywany ojcem genetyki?',
				answers: ['Mendel', 'Gregor Mendel'],
				topics: g,
				difficulty: d
			},
			{
				id: 'chromosomy',
				type: 'numeric',
				// plain_text keeps what looks like markup as the typed characters
				prompt: 'Ile chromosomów ma komórka człowieka? <liczba> <b>(sztuk)</b>',
				answer: 46,
				tolerance: 0,
				unit: 'szt.',
				topics: g,
				difficulty: d
			},
			{
				id: 'pi',
				type: 'numeric',
				prompt: 'Podaj liczbę pi.',
				answer: 3.14159,
				tolerance: 0.01,
				unit: '',
				topics: g,
				difficulty: d
			},
			{
				id: 'zasady',
				type: 'match',
				prompt: 'Połącz zasadę z parą.',
				pairs: [
					{ left: 'Adenina', right: 'Tymina' },
					{ left: 'Guanina', right: 'Cytozyna' },
					{ left: 'Uracyl', right: 'Adenina (RNA)' }
				],
				topics: g,
				difficulty: d
			},
			{
				id: 'mitoza',
				type: 'order',
				prompt: 'Ułóż fazy mitozy.',
				items: ['Profaza', 'Metafaza', 'Anafaza', 'Telofaza'],
				topics: g,
				difficulty: d
			},
			{
				id: 'luki',
				type: 'cloze',
				prompt: 'Uzupełnij.',
				text: 'DNA to kwas {1}, a RNA ma cukier {2}.',
				gaps: [['deoksyrybonukleinowy', 'dezoksyrybonukleinowy'], ['rybozę']],
				evidence: ['DNA i RNA różnią się cukrem.'],
				topics: g,
				difficulty: d
			}
		]);
		expect(validateImported(result.bank)).toEqual([]);
	});

	test('skips essay, description and calculated questions and names the broken one', () => {
		expect(result.skipped).toEqual([
			{ where: 'pytanie 10 „Esej”', reason: 'pytanie typu esej pominięte', kind: 'esej' },
			{ where: 'pytanie 11 „Wstęp”', reason: 'pytanie typu opis pominięte', kind: 'opis' },
			{
				where: 'pytanie 12 „Wzór”',
				reason: 'pytanie typu obliczeniowe pominięte',
				kind: 'obliczeniowe'
			}
		]);
		expect(result.errors).toEqual([
			{ where: 'pytanie 13 „Zepsute”', reason: 'żadna odpowiedź nie jest oznaczona jako poprawna' }
		]);
		expect(result.notes).toEqual([
			{
				where: 'pytanie 1 „Jądro komórkowe”',
				reason: 'pominięto osadzone pliki: jadro.png',
				kind: 'plik'
			},
			{
				where: 'pytanie 4 „Ojciec genetyki”',
				reason: 'odpowiedzi z częściowymi punktami pominięte',
				kind: 'częściowe'
			},
			{
				where: 'pytanie 5 „Chromosomy”',
				reason: 'odpowiedzi liczbowe z częściowymi punktami pominięte',
				kind: 'częściowe'
			},
			{
				where: 'pytanie 7 „Zasady”',
				reason: 'dodatkowe odpowiedzi bez pary (dystraktory) pominięte',
				kind: 'dystraktor'
			},
			{
				where: 'pytanie 9 „Luki”',
				reason: 'luki z listą wyboru lub liczbą zamienione na wpisywanie',
				kind: 'luka'
			}
		]);
	});

	test('scripts and markup inside CDATA or escaped HTML come out as text', () => {
		const xml = `<quiz><question type="truefalse"><name><text>x</text></name>
			<questiontext format="html"><text><![CDATA[<p>Czy <a href="javascript:alert(1)" onclick="alert(2)">to</a> &lt;b&gt; działa?</p><script>alert(3)</script><style>p{}</style>]]></text></questiontext>
			<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>`;
		expect(parseMoodleXml(xml).bank.questions[0]?.prompt).toBe('Czy to <b> działa?');
	});

	test('a file that is not well-formed XML is refused with its line', () => {
		expect(parseMoodleXml(fixture('broken.xml')).errors).toEqual([
			{
				where: 'wiersz 5',
				reason:
					"błąd XML: Expected closing tag 'text' (opened in line 4, col 19) instead of closing tag 'questiontext'."
			}
		]);
	});

	test('DOCTYPE and entity declarations are refused (no entity expansion)', () => {
		const bomb = '<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY a "aaaa">]><quiz>&a;</quiz>';
		expect(parseMoodleXml(bomb).errors).toEqual([
			{
				where: 'plik',
				reason:
					'plik XML z deklaracją DOCTYPE lub ENTITY nie jest obsługiwany (Moodle ich nie zapisuje)'
			}
		]);
	});

	test('XML that is not a Moodle quiz is refused', () => {
		expect(parseMoodleXml('<rss><channel/></rss>').errors).toEqual([
			{ where: 'plik', reason: 'to nie jest plik Moodle XML (brak elementu <quiz>)' }
		]);
	});
});

describe('Moodle XML export', () => {
	const exported = exportMoodleXml(realBank);

	test('round trip: every question type comes back the same, with ids, topics, units and feedback', () => {
		const back = parseMoodleXml(exported.data as string);
		expect(back.errors).toEqual([]);
		expect(back.skipped).toEqual([]);
		expect(back.notes).toEqual([]);
		const carry = { ids: true, feedback: true, allTopics: true, unit: true };
		expect(byId(back.bank.questions.map((q) => carriedQuestion(q, back.bank, carry)))).toEqual(
			byId(realBank.questions.map((q) => carriedQuestion(q, realBank, carry)))
		);
		expect(back.bank.title).toBe(realBank.title);
		expect(back.bank.topics.map((t) => t.id).sort()).toEqual(
			realBank.topics.map((t) => t.id).sort()
		);
		expect(validateImported(back.bank)).toEqual([]);
	});

	test('leaves out flashcards, which Moodle has no type for', () => {
		expect(exported.leftOut.length).toBe(realBank.cards.length);
		expect(exported.fileName).toBe('kazachstan-2022-11.moodle.xml');
	});

	test('text with markup characters and CDATA terminators travels as text', () => {
		const tricky = 'Czy <b>to</b> & „]]>” działa?';
		const bank = {
			...realBank,
			questions: [
				{
					id: 'q-x',
					type: 'short' as const,
					prompt: tricky,
					answers: ['a < b', 'x}#~/"\\y'],
					topics: ['rosja'],
					difficulty: 2 as const
				},
				{
					id: 'q-luka',
					type: 'cloze' as const,
					prompt: 'Uzupełnij.',
					text: 'Wzór: {1} & {2}.',
					gaps: [['x}#~/"\\y', 'a < b'], ['„cytat”']],
					topics: ['rosja'],
					difficulty: 2 as const
				}
			],
			cards: []
		};
		const back = parseMoodleXml(exportMoodleXml(bank).data as string);
		expect(back.errors).toEqual([]);
		expect(back.bank.questions).toEqual(bank.questions.map((q) => ({ ...q })));
	});
});
