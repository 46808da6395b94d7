import { describe, expect, test } from 'vitest';
import {
	ankiHeaders,
	exportAnkiText,
	exportQuizlet,
	parseAnkiText,
	parseQuizlet
} from '$lib/interop/flashcards';
import { byId, fixture, realBank, validateImported } from './interop-helpers';
import { evidenceList } from '$lib/interop/text';

describe('Anki text import', () => {
	const r = parseAnkiText(fixture('anki-spec.txt'));

	test('reads the headers Anki writes', () => {
		expect(ankiHeaders(fixture('anki-spec.txt'))).toEqual({
			separator: ';',
			html: true,
			deck: 'Języki::Niemiecki',
			tags: ['niemiecki', 'słówka'],
			tagsColumn: 4,
			columns: ['Front', 'Back', 'Extra', 'Tags'],
			lines: 6
		});
	});

	test('turns notes into flashcards: quoted fields, HTML as text, cloze notes one card per gap', () => {
		expect(r.bank.title).toBe('Niemiecki');
		expect(r.bank.topics).toEqual([
			{ id: 'niemiecki', label: 'niemiecki' },
			{ id: 'slowka', label: 'słówka' },
			{ id: 'zwierzeta', label: 'zwierzeta' },
			{ id: 'natura', label: 'natura' }
		]);
		const t = ['niemiecki', 'slowka'];
		expect(r.bank.cards).toEqual([
			{
				id: 'hund',
				front: 'Hund',
				back: 'pies & szczeniak',
				kind: 'basic',
				topics: [...t, 'zwierzeta']
			},
			{
				id: 'katze-die',
				front: 'Katze; die',
				back: 'kot\n(rodzaj żeński)',
				kind: 'basic',
				topics: [...t, 'zwierzeta']
			},
			{ id: 'haus', front: 'Haus', back: 'dom, "budynek"', kind: 'basic', topics: t },
			{
				id: 'die-scheint-und-der-mond-nicht',
				front: 'Die ___ scheint und der Mond nicht.',
				back: 'Sonne',
				kind: 'cloze',
				topics: [...t, 'natura']
			},
			{
				id: 'die-sonne-scheint-und-der-nicht',
				front: 'Die Sonne scheint und der ___ nicht.',
				back: 'Mond',
				kind: 'cloze',
				topics: [...t, 'natura']
			},
			{ id: 'baum', front: 'Baum', back: 'drzewo', kind: 'basic', topics: t }
		]);
		expect(r.errors).toEqual([{ where: 'wiersz 13', reason: 'fiszka bez tyłu (definicji)' }]);
		expect(validateImported(r.bank)).toEqual([]);
	});

	test('an unclosed quote is named by its line', () => {
		const broken = parseAnkiText('#separator:tab\n#html:false\nDobre\tKarta\n"Zła\tkarta\n');
		expect(broken.bank.cards.map((c) => c.front)).toEqual(['Dobre']);
		expect(broken.errors).toEqual([{ where: 'wiersz 4', reason: 'niezamknięty cudzysłów' }]);
	});

	test('with html:false markup stays typed characters', () => {
		const plain = parseAnkiText('#separator:Pipe\n#html:false\n<b>A</b>|1 &amp; 2\n');
		expect(plain.bank.cards.map((c) => [c.front, c.back])).toEqual([['<b>A</b>', '1 &amp; 2']]);
	});
});

describe('Anki text export', () => {
	const exported = exportAnkiText(realBank);

	test('starts with the headers Anki reads as they are', () => {
		expect((exported.data as string).split('\n').slice(0, 6)).toEqual([
			'#separator:tab',
			'#html:true',
			'#deck:Kartkówka::Kazachstan po 24 lutego 2022',
			'#tags column:3',
			'#guid column:4',
			'#columns:Front\tBack\tTags\tGUID'
		]);
		expect(exported.leftOut.length).toBe(realBank.questions.length);
	});

	test('round trip keeps every card with its ids, topics and evidence', () => {
		const back = parseAnkiText(exported.data as string);
		expect(back.errors).toEqual([]);
		const view = (c: (typeof back.bank.cards)[number]) => ({
			front: c.front,
			back: c.back,
			evidence: evidenceList(c.evidence),
			topics: c.topics
		});
		expect(byId(back.bank.cards.map((c) => ({ ...view(c), id: c.id })))).toEqual(
			byId(realBank.cards.map((c) => ({ ...view(c), id: c.id })))
		);
	});
});

describe('Quizlet', () => {
	test('reads an export with tabs and Windows line endings, naming a row without a separator', () => {
		const r = parseQuizlet(fixture('quizlet-export.txt'));
		expect(r.bank.cards.map((c) => [c.front, c.back])).toEqual([
			['der Hund', 'pies'],
			['die Katze', 'kot, kotka'],
			['das Haus', 'dom - budynek'],
			['<i>kursywa</i>', 'tekst, nie znacznik']
		]);
		expect(r.errors).toEqual([
			{ where: 'wiersz 5', reason: 'brak separatora „tabulator” między pojęciem a definicją' }
		]);
		expect(validateImported(r.bank)).toEqual([]);
	});

	test('reads custom separators', () => {
		const r = parseQuizlet('Hund - pies;Katze - kot, kotka;', undefined, {
			termSeparator: ' - ',
			cardSeparator: ';'
		});
		expect(r.bank.cards.map((c) => [c.front, c.back])).toEqual([
			['Hund', 'pies'],
			['Katze', 'kot, kotka']
		]);
	});

	test('guesses a comma when no tab is there', () => {
		const r = parseQuizlet('Hund,pies\nKatze,kot\n');
		expect(r.bank.cards.map((c) => [c.front, c.back])).toEqual([
			['Hund', 'pies'],
			['Katze', 'kot']
		]);
	});

	test('round trip keeps front and back of every card', () => {
		const exported = exportQuizlet(realBank);
		const back = parseQuizlet(exported.data as string);
		expect(back.errors).toEqual([]);
		expect(back.bank.cards.map((c) => [c.front, c.back])).toEqual(
			realBank.cards.map((c) => [c.front, c.back])
		);
		expect(exported.notes.length).toBe(realBank.cards.length);
	});
});
