import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeGift, exportGift, parseGift, unescapeGift } from '$lib/interop/gift';
import { byId, carriedQuestion, fixture, realBank, validateImported } from './interop-helpers';

describe('GIFT import', () => {
	const result = parseGift(fixture('moodle-spec.gift'));

	test('reads every construct of the published format', () => {
		expect(result.format).toBe('gift');
		expect(result.bank.title).toBe('Geografia świata');
		expect(result.bank.topics).toEqual([
			{ id: 'europa', label: 'Europa' },
			{ id: 'stolice-i-miasta', label: 'Stolice / i miasta' }
		]);
		const e = ['europa'];
		const s = ['stolice-i-miasta'];
		expect(result.bank.questions).toEqual([
			{
				id: 'stolica-polski',
				type: 'single',
				prompt: 'Jaka jest stolica Polski?',
				options: [
					{ text: 'Warszawa', correct: true },
					{ text: 'Kraków', correct: false },
					{ text: 'Gdańsk', correct: false }
				],
				explanation: 'Warszawa jest stolicą od 1596 r.',
				topics: e,
				difficulty: 2
			},
			{
				id: 'rzeki',
				type: 'multiple',
				prompt: 'Które rzeki płyną przez Polskę?',
				options: [
					{ text: 'Wisła', correct: true },
					{ text: 'Odra', correct: true },
					{ text: 'Dunaj', correct: false }
				],
				topics: e,
				difficulty: 2
			},
			{
				id: 'slonce-wschodzi-na-zachodzie',
				type: 'true-false',
				prompt: 'Słońce wschodzi na zachodzie.',
				answer: false,
				topics: e,
				difficulty: 2
			},
			{
				id: 'prawda',
				type: 'true-false',
				prompt: 'Ziemia krąży wokół Słońca.',
				answer: true,
				topics: e,
				difficulty: 2
			},
			{
				id: 'krotka',
				type: 'short',
				prompt: 'Kto napisał „Pana Tadeusza”?',
				answers: ['Adam Mickiewicz', 'Mickiewicz'],
				topics: e,
				difficulty: 2
			},
			{
				id: 'liczba',
				type: 'numeric',
				prompt: 'Ile wynosi pi (do dwóch miejsc)?',
				answer: 3.14,
				tolerance: 0.005,
				unit: '',
				topics: e,
				difficulty: 2
			},
			{
				id: 'przedzial',
				type: 'numeric',
				prompt: 'Podaj liczbę od 1 do 5.',
				answer: 3,
				tolerance: 2,
				unit: '',
				topics: e,
				difficulty: 2
			},
			{
				id: 'wiele-liczb',
				type: 'numeric',
				prompt: 'Kiedy urodził się Ulysses S. Grant?',
				answer: 1822,
				tolerance: 0,
				unit: '',
				topics: e,
				difficulty: 2
			},
			{
				id: 'pary',
				type: 'match',
				prompt: 'Połącz państwo ze stolicą.',
				pairs: [
					{ left: 'Francja', right: 'Paryż' },
					{ left: 'Niemcy', right: 'Berlin' },
					{ left: 'Czechy', right: 'Praga' }
				],
				topics: s,
				difficulty: 2
			},
			{
				id: 'luka',
				type: 'cloze',
				prompt: 'Uzupełnij lukę.',
				text: 'Stolicą Francji jest {1} od wieków.',
				gaps: [['Paryż', 'Paris']],
				topics: s,
				difficulty: 2
			},
			{
				id: 'luka-wyboru',
				type: 'single',
				prompt: 'Moodle kosztuje ___ za pobranie.',
				options: [
					{ text: 'dużo pieniędzy', correct: false },
					{ text: 'nic', correct: true },
					{ text: 'trochę', correct: false }
				],
				topics: s,
				difficulty: 2
			},
			{
				id: 'znaki',
				type: 'single',
				// `\+` is no GIFT escape: Moodle keeps the backslash, and so do we.
				prompt: 'Co oznacza zapis 2 = 1 \\+ 1 w {nawiasach} i #3: ~?',
				options: [
					{ text: 'równość {tak}', correct: true },
					{ text: 'nierówność ~ nie', correct: false }
				],
				topics: s,
				difficulty: 2
			},
			{
				id: 'skrypt',
				type: 'true-false',
				prompt: 'Czy to mapa & plan?',
				answer: true,
				topics: s,
				difficulty: 2
			}
		]);
		expect(validateImported(result.bank)).toEqual([]);
	});

	test('skips essays and descriptions, naming each with its line', () => {
		expect(result.skipped).toEqual([
			{
				where: 'pytanie 13 (wiersz 51) „Esej”',
				reason: 'pytanie typu esej pominięte',
				kind: 'esej'
			},
			{
				where: 'pytanie 14 (wiersz 53) „Opis”',
				reason: 'opis bez odpowiedzi (typ „opis”) pominięty',
				kind: 'opis'
			},
			{
				where: 'pytanie 15 (wiersz 55) „Esej 2”',
				reason: 'pytanie typu esej pominięte',
				kind: 'esej'
			}
		]);
		expect(result.errors).toEqual([]);
	});

	test('says what it left behind: partial credit, distractors, embedded files, answer feedback', () => {
		expect(result.notes.map((n) => [n.where, n.kind])).toEqual([
			['pytanie 1 (wiersz 5) „Stolica Polski”', 'feedback'],
			['pytanie 3 (wiersz 18)', 'feedback'],
			['pytanie 5 (wiersz 22) „Krótka”', 'częściowe'],
			['pytanie 8 (wiersz 28) „Wiele liczb”', 'częściowe'],
			['pytanie 8 (wiersz 28) „Wiele liczb”', 'feedback'],
			['pytanie 9 (wiersz 35) „Pary”', 'dystraktor'],
			['pytanie 16 (wiersz 57) „Skrypt”', 'plik']
		]);
		expect(result.notes.at(-1)?.reason).toBe('pominięto osadzone pliki: mapa.png');
	});

	test('HTML and scripts come out as plain text', () => {
		const r = parseGift(
			'[html]<p onclick="x()">Czy <i>to</i> działa?</p><script>alert("x")</script>{T}'
		);
		expect(r.bank.questions[0]?.prompt).toBe('Czy to działa?');
		const plain = parseGift('[plain]Czy <b>to</b> &amp; tamto?{T}');
		expect(plain.bank.questions[0]?.prompt).toBe('Czy <b>to</b> &amp; tamto?');
	});

	test('the same file with Unix line endings gives the same bank', () => {
		const unix = parseGift(fixture('moodle-spec.gift').replace(/\r\n/g, '\n'));
		expect(unix).toEqual(result);
	});

	test('a malformed file imports partially, naming the line and the problem', () => {
		const r = parseGift(fixture('broken.gift'));
		expect(r.bank.questions.map((q) => q.id)).toEqual(['dobre', 'tez-dobre']);
		expect(r.errors).toEqual([
			{
				where: 'pytanie 2 (wiersz 4) „Bez końca”',
				reason: 'blok odpowiedzi nie jest zamknięty nawiasem }'
			},
			{
				where: 'pytanie 3 (wiersz 7) „Bez dobrej”',
				reason: 'żadna odpowiedź nie jest oznaczona jako poprawna'
			},
			{
				where: 'pytanie 4 (wiersz 9) „Zła liczba”',
				reason: '„dużo” nie jest liczbą ani przedziałem'
			},
			{
				where: 'pytanie 5 (wiersz 11) „Dwie pary”',
				reason: 'dopasowanie wymaga co najmniej 3 par (jest 2)'
			},
			{ where: 'pytanie 6 (wiersz 13)', reason: 'tytuł pytania nie jest zamknięty znakami ::' },
			{
				where: 'pytanie 7 (wiersz 15) „Dwa bloki”',
				reason: 'więcej niż jeden blok odpowiedzi { } w jednym pytaniu'
			},
			{ where: 'pytanie 8 (wiersz 17) „Powtórka”', reason: 'odpowiedzi się powtarzają' },
			{
				where: 'pytanie 9 (wiersz 19) „Bez znaku”',
				reason: 'tekst „Warszawa” przed pierwszą odpowiedzią (brak = lub ~)'
			}
		]);
	});

	test('a file with no question is refused', () => {
		expect(parseGift('// tylko komentarz\n\n').errors).toEqual([
			{ where: 'plik', reason: 'plik nie zawiera żadnego pytania w formacie GIFT' }
		]);
	});
});

describe('GIFT export', () => {
	const exported = exportGift(realBank);

	test('leaves out what GIFT cannot carry and counts it', () => {
		const kinds = exported.leftOut.map((n) => n.kind);
		expect(kinds.filter((k) => k === 'order').length).toBe(8);
		expect(kinds.filter((k) => k === 'cloze').length).toBe(11);
		expect(kinds.filter((k) => k === 'fiszka').length).toBe(realBank.cards.length);
		expect(exported.fileName).toBe('kazachstan-2022-11.gift.txt');
		expect(exported.data).toContain('$CATEGORY: $course$/top/Kazachstan po 24 lutego 2022/Rosja');
	});

	test('writes Moodle weights for several right answers', () => {
		const one = exportGift({
			...realBank,
			questions: [
				{
					id: 'q-trzy',
					type: 'multiple',
					prompt: 'Które?',
					options: [
						{ text: 'a', correct: true },
						{ text: 'b', correct: true },
						{ text: 'c', correct: true },
						{ text: 'd', correct: false }
					],
					topics: ['rosja'],
					difficulty: 1
				}
			],
			cards: []
		});
		expect(one.data).toContain(
			'::q-trzy::Które? {\n\t~%33.33333%a\n\t~%33.33333%b\n\t~%33.33333%c\n\t~%-33.33333%d\n}'
		);
	});

	test('round trip: export then import gives the same items for every type GIFT carries', () => {
		const back = parseGift(exported.data as string);
		expect(back.errors).toEqual([]);
		expect(back.skipped).toEqual([]);
		const sent = realBank.questions.filter((q) => q.type !== 'order' && q.type !== 'cloze');
		const carry = { ids: true, feedback: true };
		expect(byId(back.bank.questions.map((q) => carriedQuestion(q, back.bank, carry)))).toEqual(
			byId(sent.map((q) => carriedQuestion(q, realBank, carry)))
		);
		expect(back.bank.title).toBe(realBank.title);
		expect(validateImported(back.bank)).toEqual([]);
	});

	test('a one-gap cloze travels as a missing-word question', () => {
		const bank = {
			...realBank,
			questions: [
				{
					id: 'q-luka',
					type: 'cloze' as const,
					prompt: 'Uzupełnij zdanie.',
					text: 'Stolicą jest {1}, nad Wisłą.',
					gaps: [['Warszawa', 'stolica: Warszawa']],
					explanation: 'Bo tak.',
					topics: ['rosja'],
					difficulty: 1 as const
				}
			],
			cards: []
		};
		const text = exportGift(bank).data as string;
		expect(text).toContain(
			'::q-luka::Uzupełnij zdanie.\\nStolicą jest {\n\t=Warszawa\n\t=stolica\\: Warszawa\n\t####Bo tak.\n} , nad Wisłą.'
		);
		const back = parseGift(text).bank.questions[0];
		expect(back).toEqual({
			...bank.questions[0],
			text: 'Stolicą jest {1} , nad Wisłą.',
			topics: ['rosja'],
			difficulty: 2
		});
	});
});

describe('GIFT escaping', () => {
	test('unescape reverses escape for any text', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'grapheme', maxLength: 60 }),
				(s) => unescapeGift(escapeGift(s)) === s
			)
		);
	});

	test('any prompt and answers with special characters survive a question round trip', () => {
		const text = fc
			.string({
				unit: fc.constantFrom(
					'a',
					'ł',
					' ',
					'~',
					'=',
					'#',
					'{',
					'}',
					':',
					'\\',
					'-',
					'>',
					'%',
					'/',
					'n'
				),
				minLength: 1,
				maxLength: 30
			})
			.map((s) => s.replace(/\s+/g, ' ').trim())
			.filter((s) => /[a-zł]/.test(s) && !s.includes('->') && !s.startsWith('//'));
		fc.assert(
			fc.property(text, text, text, (prompt, right, wrong) => {
				fc.pre(right.toLowerCase() !== wrong.toLowerCase());
				const bank = {
					...realBank,
					questions: [
						{
							id: 'q-x',
							type: 'single' as const,
							prompt,
							options: [
								{ text: right, correct: true },
								{ text: wrong, correct: false }
							],
							explanation: `${prompt} ${right}`,
							topics: ['rosja'],
							difficulty: 2 as const
						}
					],
					cards: []
				};
				const back = parseGift(exportGift(bank).data as string);
				expect(back.errors).toEqual([]);
				expect(back.bank.questions[0]).toEqual({ ...bank.questions[0], topics: ['rosja'] });
			}),
			{ numRuns: 300 }
		);
	});
});
