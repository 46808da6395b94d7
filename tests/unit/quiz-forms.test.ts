/**
 * Grading of inflected forms (questions/README.md, "Typed answers and grammatical forms"):
 * another case of an accepted answer is wrong, never a forgiven typo.
 */
import { describe, expect, it } from 'vitest';
import { loadBankDir } from '../../src/lib/bank/fs';
import { grade, gradeCloze, gradeShortAnswer, matchText } from '../../src/lib/quiz/grade';
import { isOtherForm, isOtherFormOfWord } from '../../src/lib/quiz/forms';
import { normaliseText, parsePolishNumber } from '../../src/lib/quiz/normalise';
import { parseNumberWords } from '../../src/lib/quiz/numerals';
import type { Question } from '../../src/lib/quiz';
import type { QuestionOf } from '../../src/lib/quiz/types';

const n = normaliseText;

describe('isOtherForm', () => {
	it.each([
		['Rosja', 'Rosji'],
		['Gospodarcza', 'Gospodarczej'],
		['Unii Gospodarcza', 'Unii Gospodarczej'],
		['Teheran', 'Teheranem'],
		['Przewodów', 'Przewodowie'],
		['sześć', 'sześciu'],
		['ośmiokrotni', 'ośmiokrotny'],
		['Polska', 'Polsce']
	])('"%s" is another form of "%s"', (typed, accepted) => {
		expect(isOtherForm(n(typed), n(accepted))).toBe(true);
	});
	it.each([
		['Teheranen', 'Teheranem'],
		['Rosij', 'Rosji'],
		['Rosji', 'Rosji'],
		['od Rosji', 'Rosji'],
		['Moskwy', 'Rosji'],
		['do', 'od']
	])('"%s" is not another form of "%s" (a typo, the same word or another word)', (a, b) => {
		expect(isOtherForm(n(a), n(b))).toBe(false);
	});
	it('needs a shared stem of three letters', () => {
		expect(isOtherFormOfWord('ma', 'mi')).toBe(false);
	});
});

describe('matchText with inflected forms', () => {
	it('marks another form wrong and names the right one', () => {
		expect(matchText('Rosja', ['Rosji', 'Moskwy'])).toEqual({ score: 0, form: 'Rosji' });
		expect(matchText('Gospodarcza', ['Gospodarczej'])).toEqual({ score: 0, form: 'Gospodarczej' });
	});
	it('still forgives a typo that is no other form', () => {
		expect(matchText('Teheranen', ['Teheranem'])).toEqual({ score: 1, typo: 'Teheranem' });
	});
	it('accepts every listed form exactly', () => {
		expect(matchText('z Uzbekistanem', ['Uzbekistan', 'z Uzbekistanem'])).toEqual({ score: 1 });
	});
	it('accepts number words in a gap only when listed (the gap decides their case)', () => {
		expect(matchText('6', ['sześciu', '6']).score).toBe(1);
		expect(matchText('sześć', ['sześciu', '6'])).toEqual({ score: 0, form: 'sześciu' });
	});
});

describe('number words and dot-grouped thousands', () => {
	it.each([
		['sześciu milionów ton', 6_000_000],
		['sześć mln', 6_000_000],
		['dziewięciu', 9],
		['ośmiokrotny', 8],
		['osiemdziesiąt tysięcy', 80_000],
		['dwadzieścia trzy', 23],
		['80.000', 80_000],
		['6.000.000', 6_000_000],
		['7.598 km', 7598],
		['7.5', 7.5],
		['0.125', 0.125]
	])('reads "%s" as %d', (text, value) => {
		expect(parsePolishNumber(text)).toBe(value);
	});
	it('reads no number from other words', () => {
		expect(parseNumberWords('dużo ton')).toBeNull();
		expect(parsePolishNumber('tysiąc')).toBeNull();
	});
});

describe('the Kazakhstan bank grades natural answers and wrong forms deliberately', () => {
	const { questions } = loadBankDir(process.cwd(), 'kazachstan-2022-11').bank;
	const byId = (id: string): Question => {
		const found = questions.find((q) => q.id === id);
		if (!found) throw new Error(`no question ${id}`);
		return found;
	};
	it.each([
		['q-short-morze-kaspijskie', 'na Morzu Kaspijskim'],
		['q-short-reuters', 'agencja Reutersa'],
		['q-short-reuters', 'Reuters'],
		['q-short-rau', 'minister Rau'],
		['q-short-tokajew', 'Kasym-Żomart'],
		['q-short-tokajew', 'Kasym Żomart'],
		['q-short-tokajew', 'Kasym-Żomart Tokajew'],
		['q-short-tokajew', 'Kasym Żomart-Tokajew'],
		['q-short-przewodow', 'w Przewodowie'],
		['q-short-astana', 'do Astany'],
		['q-short-tenis', 'w ping-ponga'],
		['q-short-korytarz', 'w korytarzu Północ–Południe']
	])('%s accepts "%s" as correct, without a typo note', (id, typed) => {
		expect(gradeShortAnswer(byId(id) as QuestionOf<'short'>, typed)).toEqual({
			score: 1,
			verdict: 'correct',
			correctAnswer: (byId(id) as QuestionOf<'short'>).answers[0]
		});
	});
	it.each([
		['q-num-ladunek', ['80', '80 tys.', '80 tys. ton', '80 000', '80.000', '80000 ton']],
		['q-num-przepustowosc', ['6', '6 mln', '6 000 000', '6.000.000', 'sześć milionów']],
		['q-num-wzrost', ['8', 'ośmiokrotny', '8-krotny']],
		['q-num-miesiace', ['9', 'dziewięć', 'dziewięciu miesięcy']],
		['q-granica', ['7598', '7 598', '7.598', '7598 km']]
	])('%s accepts every spelling of its number', (id, typed) => {
		expect(typed.filter((t) => grade(byId(id), t).score !== 1)).toEqual([]);
	});
	it('keeps "80.000" and "6.000.000" consistent: both are thousands, not decimals', () => {
		expect(grade(byId('q-num-ladunek'), '80.000').score).toBe(1);
		expect(grade(byId('q-num-przepustowosc'), '6.000.000').score).toBe(1);
		expect(grade(byId('q-num-ladunek'), '80.5').score).toBe(0);
	});
	it('marks a cloze gap in the wrong case wrong, with the right sentence shown', () => {
		const borrell = byId('q-cloze-borrell') as QuestionOf<'cloze'>;
		expect(gradeCloze(borrell, ['Borrell', 'Rosja'])).toEqual({
			score: 0.5,
			verdict: 'partial',
			correctAnswer:
				'Josep Borrell namawiał do inwestowania w rozwój kazachskiej komunikacji i logistyki, tłumacząc to chęcią Kazachstanu i innych państw regionu, by uniezależnić się od Rosji.'
		});
		const struktury = byId('q-cloze-struktury') as QuestionOf<'cloze'>;
		expect(gradeCloze(struktury, ['Gospodarcza', 'Bezpieczeństwo']).verdict).toBe('wrong');
		expect(gradeCloze(struktury, ['Gospodarczej', 'Bezpieczenstwie']).verdict).toBe('correct');
	});
	it('marks a short answer in a form that fits no question wrong, not as a typo', () => {
		const uzbek = byId('q-short-uzbekistan') as QuestionOf<'short'>;
		expect(gradeShortAnswer(uzbek, 'Uzbekistanie')).toEqual({
			score: 0,
			verdict: 'wrong',
			correctAnswer: 'Uzbekistan'
		});
	});
});
