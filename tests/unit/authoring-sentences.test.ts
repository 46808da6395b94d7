import { describe, expect, it } from 'vitest';
import { lowerCaseWords, splitSentences } from '../../src/lib/authoring/sentences';

const split = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
	it.each([
		['Ala ma kota. Kot ma Alę.', ['Ala ma kota.', 'Kot ma Alę.']],
		['Czy to prawda? Tak! Na pewno…', ['Czy to prawda?', 'Tak!', 'Na pewno…']],
		[
			'Wystąpili m.in. prof. Nowak i dr Kowalska. Potem była przerwa.',
			['Wystąpili m.in. prof. Nowak i dr Kowalska.', 'Potem była przerwa.']
		],
		[
			'Tzw. Wielka Emigracja objęła ok. 10 tys. osób.',
			['Tzw. Wielka Emigracja objęła ok. 10 tys. osób.']
		],
		['Przyjechało np. 80 tys. Niemców i Czechów.', ['Przyjechało np. 80 tys. Niemców i Czechów.']],
		['W 1918 r. Polska odzyskała niepodległość.', ['W 1918 r. Polska odzyskała niepodległość.']],
		[
			'Wojna skończyła się w 1945 r. Potem przyszła odbudowa.',
			['Wojna skończyła się w 1945 r.', 'Potem przyszła odbudowa.']
		],
		['W XX w. Warszawa bardzo się zmieniła.', ['W XX w. Warszawa bardzo się zmieniła.']],
		[
			'Zamek zbudowano w XIV w. W XVII w. go rozbudowano.',
			['Zamek zbudowano w XIV w.', 'W XVII w. go rozbudowano.']
		],
		['Obchodzono 24. rocznicę powstania.', ['Obchodzono 24. rocznicę powstania.']],
		[
			'J. Piłsudski urodził się w Zułowie. J.R.R. Tolkien pisał po angielsku.',
			['J. Piłsudski urodził się w Zułowie.', 'J.R.R. Tolkien pisał po angielsku.']
		],
		[
			'Szkoła im. Adama Mickiewicza stoi przy ul. Długiej.',
			['Szkoła im. Adama Mickiewicza stoi przy ul. Długiej.']
		],
		['Zbiórka o godz. 8 przy kościele św. Anny.', ['Zbiórka o godz. 8 przy kościele św. Anny.']],
		['Według tj. zgodnie z planem, wg ustaleń.', ['Według tj. zgodnie z planem, wg ustaleń.']],
		[
			'Kupiono jabłka, gruszki itd. Wszystko zjedzono.',
			['Kupiono jabłka, gruszki itd.', 'Wszystko zjedzono.']
		],
		['Były tam stoły, krzesła itp. meble.', ['Były tam stoły, krzesła itp. meble.']],
		['Powiedział: „Idziemy.” Potem wyszedł.', ['Powiedział: „Idziemy.”', 'Potem wyszedł.']],
		[
			'Gazeta pisze o „Komiersancie”. „To prawda” – dodał.',
			['Gazeta pisze o „Komiersancie”.', '„To prawda” – dodał.']
		],
		['„Dokąd idziesz?” – zapytał ojciec.', ['„Dokąd idziesz?” – zapytał ojciec.']],
		[
			'"Mamy najdłuższą granicę lądową na świecie - 7598 kilometrów" - przekonuje.',
			['"Mamy najdłuższą granicę lądową na świecie - 7598 kilometrów" - przekonuje.']
		],
		['Skończyliśmy. – Dobrze – odparł.', ['Skończyliśmy.', '– Dobrze – odparł.']],
		['Zginęło 5 osób. 30 zostało rannych.', ['Zginęło 5 osób.', '30 zostało rannych.']],
		[
			'Miasto liczy 3,5 mln mieszkańców. To dużo.',
			['Miasto liczy 3,5 mln mieszkańców.', 'To dużo.']
		],
		['Data 24.02.2022 jest ważna. Tak.', ['Data 24.02.2022 jest ważna.', 'Tak.']],
		[
			'Rzym powstał w 753 r. p.n.e. Tak głosi legenda.',
			['Rzym powstał w 753 r. p.n.e.', 'Tak głosi legenda.']
		],
		[
			'Wzrost wyniósł 12 proc. Nikt tego nie przewidział.',
			['Wzrost wyniósł 12 proc.', 'Nikt tego nie przewidział.']
		],
		['Był to «wielki dzień». Nikt nie spał.', ['Był to «wielki dzień».', 'Nikt nie spał.']],
		['Tak... może jutro.', ['Tak... może jutro.']],
		['Bez kropki na końcu', ['Bez kropki na końcu']]
	])('%s', (text, expected) => {
		expect(split(text)).toEqual(expected);
	});

	it('after "r." a word the text uses in lower case opens a new sentence', () => {
		const text = 'Zamek oddano w 1410 r. Eksperci chwalą mury. Tak twierdzą eksperci.';
		expect(splitSentences(text, lowerCaseWords(text)).map((s) => s.text)).toEqual([
			'Zamek oddano w 1410 r.',
			'Eksperci chwalą mury.',
			'Tak twierdzą eksperci.'
		]);
		expect(splitSentences(text).map((s) => s.text)).toEqual([
			'Zamek oddano w 1410 r. Eksperci chwalą mury.',
			'Tak twierdzą eksperci.'
		]);
	});

	it('returns exact slices of the paragraph with their offsets', () => {
		const text = 'Pierwsze zdanie. Drugie zdanie.';
		expect(splitSentences(text)).toEqual([
			{ text: 'Pierwsze zdanie.', start: 0, end: 16 },
			{ text: 'Drugie zdanie.', start: 17, end: 31 }
		]);
	});

	it('returns nothing for an empty paragraph', () => {
		expect(splitSentences('')).toEqual([]);
	});
});
