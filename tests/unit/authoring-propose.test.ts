import { describe, expect, it } from 'vitest';
import { proposeText } from '../../src/lib/authoring/engine';
import type { Proposals } from '../../src/lib/authoring/types';

const LESSON =
	'## Unia lubelska\n\nW 1385 r. Jadwiga poślubiła Władysława Jagiełłę w Krakowie. W 1410 r. Władysław Jagiełło pokonał Krzyżaków pod Grunwaldem. W 1569 r. Polska i Litwa zawarły unię w Lublinie.\n\nSejm to zgromadzenie posłów, które uchwala prawa. Senat to izba złożona z biskupów i urzędników. Szlachta – stan uprzywilejowany w dawnej Polsce.\n\nRzeczpospolita Obojga Narodów (RON) liczyła ok. 815 tys. kilometrów kwadratowych.';

function propose(text: string): Proposals {
	const result = proposeText(text);
	if (!result.ok) throw new Error(result.problem.code);
	return result.proposals;
}

const made = propose(LESSON);
const item = (id: string) => {
	const p = made.proposals.find((x) => x.id === id);
	return p && (p.item.kind === 'card' ? p.item.card : p.item.question);
};

describe('proposal rules on a short lesson', () => {
	it('makes these proposals, in text order, then order and match', () => {
		expect(made.proposals.map((p) => p.id)).toEqual([
			'q-p1-z1-single',
			'c-p1-z1-card-cloze',
			'q-p1-z1-true-false',
			'q-p1-z2-cloze',
			'c-p1-z2-card-cloze',
			'q-p1-z3-single',
			'c-p1-z3-card-cloze',
			'c-p2-z1-card-definition',
			'q-p2-z1-short-definition',
			'c-p2-z2-card-definition',
			'q-p2-z2-short-definition',
			'c-p2-z3-card-definition',
			'q-p2-z3-short-definition',
			'q-p3-z1-numeric',
			'c-p3-z1-card-cloze',
			'c-p3-z1-card-acronym',
			'q-p1-z1-order',
			'q-p2-z1-match'
		]);
	});

	it.each([
		[
			'q-p1-z1-single',
			{
				topics: ['unia-lubelska'],
				evidence: 'W 1385 r. Jadwiga poślubiła Władysława Jagiełłę w Krakowie.',
				id: 'q-p1-z1-single',
				type: 'single',
				prompt:
					'Co należy wstawić w lukę? „W ___ r. Jadwiga poślubiła Władysława Jagiełłę w Krakowie.”',
				options: [
					{ text: '1385', correct: true },
					{ text: '1410', correct: false },
					{ text: '1569', correct: false }
				],
				explanation:
					'W akapicie 1 tekst mówi: „W 1385 r. Jadwiga poślubiła Władysława Jagiełłę w Krakowie.”',
				difficulty: 1
			}
		],
		[
			'c-p1-z1-card-cloze',
			{
				id: 'c-p1-z1-card-cloze',
				kind: 'cloze',
				front: 'W 1385 r. ___ poślubiła Władysława Jagiełłę w Krakowie.',
				back: 'Jadwiga',
				evidence: 'W 1385 r. Jadwiga poślubiła Władysława Jagiełłę w Krakowie.',
				topics: ['unia-lubelska']
			}
		],
		[
			'q-p1-z1-true-false',
			{
				topics: ['unia-lubelska'],
				evidence: 'W 1385 r. Jadwiga poślubiła Władysława Jagiełłę w Krakowie.',
				id: 'q-p1-z1-true-false',
				type: 'true-false',
				prompt: 'Prawda czy fałsz: W 1410 r. Jadwiga poślubiła Władysława Jagiełłę w Krakowie.',
				answer: false,
				explanation:
					'Fałsz: w tekście jest „1385”, a nie „1410”. W akapicie 1 tekst mówi: „W 1385 r. Jadwiga poślubiła Władysława Jagiełłę w Krakowie.”',
				difficulty: 1
			}
		],
		[
			'q-p1-z2-cloze',
			{
				topics: ['unia-lubelska'],
				evidence: 'W 1410 r. Władysław Jagiełło pokonał Krzyżaków pod Grunwaldem.',
				id: 'q-p1-z2-cloze',
				type: 'cloze',
				prompt: 'Uzupełnij zdanie z tekstu.',
				text: 'W {1} r. Władysław Jagiełło pokonał Krzyżaków pod Grunwaldem.',
				gaps: [['1410']],
				explanation:
					'W akapicie 1 tekst mówi: „W 1410 r. Władysław Jagiełło pokonał Krzyżaków pod Grunwaldem.”',
				difficulty: 1
			}
		],
		[
			'q-p3-z1-numeric',
			{
				topics: ['unia-lubelska'],
				evidence:
					'Rzeczpospolita Obojga Narodów (RON) liczyła ok. 815 tys. kilometrów kwadratowych.',
				id: 'q-p3-z1-numeric',
				type: 'numeric',
				prompt:
					'Jaką liczbę należy wpisać w lukę? „Rzeczpospolita Obojga Narodów (RON) liczyła ok. ___ tys. kilometrów kwadratowych.”',
				answer: 815,
				tolerance: 0,
				unit: 'tys. kilometrów kwadratowych',
				explanation:
					'W akapicie 3 tekst mówi: „Rzeczpospolita Obojga Narodów (RON) liczyła ok. 815 tys. kilometrów kwadratowych.”',
				difficulty: 2
			}
		],
		[
			'q-p1-z1-order',
			{
				id: 'q-p1-z1-order',
				type: 'order',
				prompt: 'Ułóż wydarzenia w kolejności, w jakiej nastąpiły — od najwcześniejszego.',
				items: [
					'Jadwiga poślubiła Władysława Jagiełłę w Krakowie.',
					'Władysław Jagiełło pokonał Krzyżaków pod Grunwaldem.',
					'Polska i Litwa zawarły unię w Lublinie.'
				],
				evidence: [
					'W 1385 r. Jadwiga poślubiła Władysława Jagiełłę w Krakowie.',
					'W 1410 r. Władysław Jagiełło pokonał Krzyżaków pod Grunwaldem.',
					'W 1569 r. Polska i Litwa zawarły unię w Lublinie.'
				],
				explanation:
					'Tekst podaje lata: 1385 r. (akapit 1), 1410 r. (akapit 1), 1569 r. (akapit 1).',
				topics: ['unia-lubelska'],
				difficulty: 2
			}
		],
		[
			'q-p2-z1-match',
			{
				id: 'q-p2-z1-match',
				type: 'match',
				prompt: 'Połącz pojęcie z jego wyjaśnieniem z tekstu.',
				pairs: [
					{ left: 'Sejm', right: 'zgromadzenie posłów, które uchwala prawa' },
					{ left: 'Senat', right: 'izba złożona z biskupów i urzędników' },
					{ left: 'Szlachta', right: 'stan uprzywilejowany w dawnej Polsce' }
				],
				evidence: [
					'Sejm to zgromadzenie posłów, które uchwala prawa.',
					'Senat to izba złożona z biskupów i urzędników.',
					'Szlachta – stan uprzywilejowany w dawnej Polsce.'
				],
				explanation: 'Wyjaśnienia pojęć są w akapicie 2.',
				topics: ['unia-lubelska'],
				difficulty: 2
			}
		],
		[
			'c-p3-z1-card-acronym',
			{
				id: 'c-p3-z1-card-acronym',
				kind: 'basic',
				front: 'Co oznacza skrót RON?',
				back: 'Rzeczpospolita Obojga Narodów',
				evidence:
					'Rzeczpospolita Obojga Narodów (RON) liczyła ok. 815 tys. kilometrów kwadratowych.',
				topics: ['unia-lubelska']
			}
		],
		[
			'c-p2-z1-card-definition',
			{
				id: 'c-p2-z1-card-definition',
				kind: 'basic',
				front: 'Dokończ zdanie z tekstu: „Sejm to …”',
				back: 'zgromadzenie posłów, które uchwala prawa',
				evidence: 'Sejm to zgromadzenie posłów, które uchwala prawa.',
				topics: ['unia-lubelska']
			}
		],
		[
			'q-p2-z1-short-definition',
			{
				id: 'q-p2-z1-short-definition',
				type: 'short',
				prompt:
					'Jakie pojęcie lub jaką nazwę tekst objaśnia słowami: „zgromadzenie posłów, które uchwala prawa”?',
				answers: ['Sejm'],
				evidence: 'Sejm to zgromadzenie posłów, które uchwala prawa.',
				explanation: 'W akapicie 2 tekst mówi: „Sejm to zgromadzenie posłów, które uchwala prawa.”',
				topics: ['unia-lubelska'],
				difficulty: 2
			}
		]
	] as [string, unknown][])('%s', (id, expected) => {
		expect(item(id)).toEqual(expected);
	});

	it('tells paragraphs, sentences and topics', () => {
		expect(made.topics).toEqual([{ id: 'unia-lubelska', label: 'Unia lubelska' }]);
		expect(made.paragraphs.map((p) => [p.anchor, p.sentences.length, p.topic])).toEqual([
			['p-1', 3, 'unia-lubelska'],
			['p-2', 3, 'unia-lubelska'],
			['p-3', 1, 'unia-lubelska']
		]);
	});
});

describe('proposal rules: what they leave out', () => {
	it('gives no proposal for the subject of the whole text', () => {
		const text = [
			'Wisła płynie przez stary Kraków i Sandomierz.',
			'Wisła ma 1022 kilometry długości.',
			'Nad Wisłą leży Warszawa.',
			'Wisła uchodzi do Bałtyku.',
			'Wisłę znają wszyscy.'
		].join('\n\n');
		const answers = propose(text).proposals.flatMap((p) => p.answers);
		expect(answers.filter((a) => a.startsWith('Wis'))).toEqual([]);
		expect(answers).toContain('Kraków');
	});

	it('gives no wrong alternative for an approximate number', () => {
		const text =
			'Zamek zbudowano około 1350 r. nad rzeką.\n\nMiasto założono w 1257 r. przy brodzie.\n\nRatusz wzniesiono w 1316 r. na rynku.';
		const rules = propose(text)
			.proposals.filter((p) => p.paragraph === 'p-1')
			.map((p) => p.rule);
		expect(rules).toEqual(['cloze', 'card-cloze']);
	});

	it('quotes the sentence before when a sentence leans on it', () => {
		const text = 'Na rzece działa kilka zapór. Największa z nich powstała we Włocławku w 1970 r.';
		expect(propose(text).proposals[0]?.evidence).toEqual([text]);
	});

	it('drops a sentence that leans on nothing', () => {
		expect(
			propose('Dzięki temu władca uniknął zależności od cesarstwa w 966 r.').proposals
		).toEqual([]);
	});
});
