import { describe, expect, it } from 'vitest';
import {
	findCandidates,
	findCzyli,
	findDefinition,
	textContext
} from '../../src/lib/authoring/candidates';
import {
	nominativeFeminine,
	nominativeWord,
	pluralClass,
	romanValue,
	unitSymbol
} from '../../src/lib/authoring/polish';
import { agrees, lacksSubject, standsAlone, withoutDate } from '../../src/lib/authoring/propose';

const none = textContext([]);
const found = (sentence: string, ctx = none) =>
	findCandidates(sentence, ctx).map((c) => ({ kind: c.kind, text: c.text }));

describe('findCandidates: numbers, dates and years', () => {
	it('finds a number with its unit and the short unit', () => {
		expect(findCandidates('Granica liczy 7598 kilometrów długości.', none)).toEqual([
			{
				kind: 'quantity',
				text: '7598',
				start: 14,
				end: 18,
				variants: ['7598'],
				value: 7598,
				unit: 'kilometrów',
				unitSymbol: 'km',
				plural: 'many'
			}
		]);
	});

	it('keeps a magnitude with the unit', () => {
		const [c] = findCandidates('Wysłano 80 tys. ton ładunku.', none);
		expect(c).toMatchObject({
			kind: 'quantity',
			text: '80',
			value: 80,
			unit: 'tys. ton',
			magnitude: 1000,
			unitSymbol: 'ton'
		});
		const [m] = findCandidates('Miasto liczy 3,5 mln mieszkańców.', none);
		expect(m).toMatchObject({
			text: '3,5',
			value: 3.5,
			unit: 'mln mieszkańców',
			magnitude: 1e6,
			plural: 'fraction'
		});
	});

	it('finds percentages, dates, years, centuries and decades', () => {
		expect(
			found('Od 24 lutego 2022 r. poparcie spadło o 12%, a w XX w. i w latach 90. rosło.')
		).toEqual([
			{ kind: 'date', text: '24 lutego' },
			{ kind: 'year', text: '2022' },
			{ kind: 'percent', text: '12' },
			{ kind: 'century', text: 'XX' },
			{ kind: 'decade', text: '90.' }
		]);
	});

	it('marks approximate numbers', () => {
		const [c] = findCandidates('Mieszka tam około 300 osób.', none);
		expect(c).toMatchObject({ text: '300', approximate: true, unitSymbol: 'osób' });
	});

	it('skips numbers that belong to a name or count nothing', () => {
		expect(found('Stacja Salut 6 krążyła długo, a 30 z 50 przejść zamknięto.')).toEqual([
			{ kind: 'name', text: 'Salut 6' },
			{ kind: 'quantity', text: '50' }
		]);
	});
});

describe('findCandidates: names and acronyms', () => {
	it('chains capitalised words, hyphens and connectors, not at the sentence start', () => {
		expect(
			found(
				'Prezydent Kasym-Żomart Tokajew wstąpił do Organizacji Układu o Bezpieczeństwie Zbiorowym i OBWE.'
			)
		).toEqual([
			{ kind: 'name', text: 'Kasym-Żomart Tokajew' },
			{ kind: 'name', text: 'Organizacji Układu o Bezpieczeństwie Zbiorowym' },
			{ kind: 'acronym', text: 'OBWE' }
		]);
	});

	it('takes a word opening the sentence only when the text uses it as a name elsewhere', () => {
		const ctx = textContext(['Rzeka płynie przez Kraków.', 'Kraków leży nad Wisłą.']);
		expect(found('Kraków leży nad Wisłą.', ctx)).toEqual([
			{ kind: 'name', text: 'Kraków' },
			{ kind: 'name', text: 'Wisłą' }
		]);
		expect(found('Rzeka płynie przez Kraków.', ctx)).toEqual([{ kind: 'name', text: 'Kraków' }]);
	});

	it('gives the nominative of a name as a second accepted answer', () => {
		const ctx = textContext(['Tokajew rozmawiał z Putinem.', 'Spotkał się z Putinem.']);
		const [putin] = findCandidates('Tokajew rozmawiał z Putinem.', ctx);
		expect(putin?.variants).toEqual(['Putinem', 'Putin']);
		const [agency] = findCandidates('Pomogła im Polską Agencją Kosmiczną.', none);
		expect(agency?.variants).toEqual(['Polską Agencją Kosmiczną', 'Polska Agencja Kosmiczna']);
	});
});

describe('distractor agreement', () => {
	const ctx = textContext([]);
	const name = (s: string, i = 0) => findCandidates(s, ctx).filter((c) => c.kind === 'name')[i]!;
	it('offers a name only with the same ending and preposition', () => {
		const gdansk = name('Statki płyną do Gdańska z towarem.');
		expect(agrees(gdansk, name('Statki płyną do Płocka z towarem.'))).toBe(true);
		expect(agrees(gdansk, name('Statki płyną z Gdańska do Torunia.', 0))).toBe(false);
		expect(agrees(gdansk, name('Statki płyną do Warszawy z towarem.'))).toBe(false);
	});

	it('offers a number only with the same unit, plural class and a plausible size', () => {
		const q = (s: string) => findCandidates(s, ctx)[0]!;
		const km1022 = q('Rzeka ma 1022 kilometry długości.');
		expect(agrees(km1022, q('Droga ma 643 kilometry długości.'))).toBe(true);
		expect(agrees(km1022, q('Droga ma 1047 kilometrów długości.'))).toBe(false);
		expect(agrees(km1022, q('Droga ma 4 kilometry długości.'))).toBe(false);
		expect(agrees(km1022, q('Droga ma 1022 metry długości.'))).toBe(false);
	});

	it('offers no alternative for an approximate number', () => {
		const q = (s: string) => findCandidates(s, ctx)[0]!;
		expect(
			agrees(q('Stało się to około 965 r. w Gnieźnie.'), q('Stało się to w 966 r. w Gnieźnie.'))
		).toBe(false);
	});
});

describe('definitions', () => {
	it.each([
		[
			'Dorzecze to obszar, z którego wody spływają do jednej rzeki.',
			{
				term: 'Dorzecze',
				definition: 'obszar, z którego wody spływają do jednej rzeki',
				pattern: 'to'
			}
		],
		[
			'Żuławy Wiślane – żyzna równina w delcie Wisły.',
			{ term: 'Żuławy Wiślane', definition: 'żyzna równina w delcie Wisły', pattern: 'dash' }
		],
		[
			'Fotosynteza jest to proces wytwarzania cukrów przez rośliny.',
			{
				term: 'Fotosynteza',
				definition: 'proces wytwarzania cukrów przez rośliny',
				pattern: 'jest to'
			}
		]
	])('%s', (sentence, expected) => {
		expect(findDefinition(sentence)).toEqual(expected);
	});

	it.each([
		'Stało się to za pośrednictwem Czech.',
		'Udział w misji to także szansa dla firm.',
		'To jest bardzo długi tekst o niczym.',
		'W 1018 r. to się skończyło pokojem.'
	])('is not fooled by %s', (sentence) => {
		expect(findDefinition(sentence)).toBeNull();
	});

	it('finds "X, czyli Y"', () => {
		expect(
			findCzyli(
				'W dolnym biegu rzeka tworzy deltę, czyli rozgałęzione ujście, które powstaje z osadów.'
			)
		).toEqual({
			term: 'deltę',
			definition: 'rozgałęzione ujście'
		});
		expect(
			findCzyli('Odbył się zjazd gnieźnieński, czyli spotkanie przy grobie św. Wojciecha.')
		).toEqual({
			term: 'zjazd gnieźnieński',
			definition: 'spotkanie przy grobie św. Wojciecha'
		});
	});
});

describe('Polish grammar helpers', () => {
	it('classifies numbers for noun agreement', () => {
		expect([1, 2, 4, 5, 12, 22, 25, 104, 113, 3.5].map(pluralClass)).toEqual([
			'one',
			'few',
			'few',
			'many',
			'many',
			'few',
			'many',
			'few',
			'many',
			'fraction'
		]);
	});

	it('reads Roman numerals and units', () => {
		expect(['XIV', 'XX', 'IX', 'ABC'].map(romanValue)).toEqual([14, 20, 9, null]);
		expect(
			['kilometrów', 'km', 'kilometrów kwadratowych', 'osób', 'godzinach', 'jabłek'].map(unitSymbol)
		).toEqual(['km', 'km', 'km²', 'osób', 'godz.', null]);
	});

	it('derives the nominative only when sure', () => {
		expect(nominativeWord('Putinowi', new Set())).toBe('Putin');
		expect(nominativeWord('Moskwą', new Set())).toBe('Moskwa');
		expect(nominativeWord('Tokajewa', new Set(['Tokajew']))).toBe('Tokajew');
		expect(nominativeWord('Tokajewa', new Set())).toBeNull();
		expect(nominativeWord('Moskwy', new Set(['Moskwa']))).toBe('Moskwa');
		expect(nominativeFeminine(['Europejskiej', 'Organizacji', 'Badań', 'Jądrowych'])).toEqual([
			'Europejska',
			'Organizacja',
			'Badań',
			'Jądrowych'
		]);
		expect(nominativeFeminine(['Międzynarodową', 'Stację', 'Kosmiczną'])).toEqual([
			'Międzynarodowa',
			'Stacja',
			'Kosmiczna'
		]);
		expect(nominativeFeminine(['Peggy', 'Whitson'])).toBeNull();
		expect(nominativeFeminine(['Żuławy', 'Wiślane'])).toBeNull();
	});
});

describe('sentences that lean on the one before', () => {
	it.each([
		['Dorzecze to obszar, z którego wody spływają do jednej rzeki i jej dopływów.', true],
		['Po śmierci Mieszka władzę objął jego syn Bolesław.', true],
		['Według pomiarów jej długość wynosi 1022 kilometry.', false],
		['Największa z nich powstała we Włocławku.', false],
		['Dzięki temu władca uniknął zależności.', false],
		['Pierwszym był Mirosław Hermaszewski.', false],
		['Szkoła im. Jana Pawła II stoi przy rynku.', true]
	])('%s → stands alone: %s', (sentence, expected) => {
		expect(standsAlone(sentence)).toBe(expected);
	});

	it.each([
		['W 965 r. poślubił czeską księżniczkę Dobrawę.', true],
		['Przez kilka lat pracował w Genewie.', true],
		['W 966 r. Mieszko I przyjął chrzest.', false],
		['Mieszko I przyjął chrzest.', false]
	])('%s → lacks a subject: %s', (sentence, expected) => {
		expect(lacksSubject(sentence)).toBe(expected);
	});
});

describe('withoutDate', () => {
	const year = (s: string) => findCandidates(s, none).find((c) => c.kind === 'year')!;
	it.each([
		['W 966 r. Mieszko I przyjął chrzest.', 'Mieszko I przyjął chrzest.'],
		['Bolesław Chrobry koronował się w 1025 r.', 'Bolesław Chrobry koronował się.'],
		[
			'Po śmierci Mieszka w 992 r. władzę objął Bolesław.',
			'Po śmierci Mieszka władzę objął Bolesław.'
		],
		['Od 2012 r. Polska należy do ESA.', null],
		['Dagome iudex to dokument z około 991 r. o państwie.', null]
	])('%s', (sentence, expected) => {
		expect(withoutDate(sentence, year(sentence))).toBe(expected);
	});
});
