import { describe, expect, test } from 'vitest';
import { exportAiken, parseAiken } from '$lib/interop/aiken';
import { byId, carriedQuestion, fixture, realBank, validateImported } from './interop-helpers';

describe('Aiken import', () => {
	test('reads the published format, with a BOM, Windows line endings and both option styles', () => {
		const r = parseAiken(fixture('moodle-spec.aiken.txt'));
		const t = ['ogolne'];
		expect(r.bank.topics).toEqual([{ id: 'ogolne', label: 'Ogólne' }]);
		expect(r.bank.questions).toEqual([
			{
				id: 'jaka-jest-stolica-polski',
				type: 'single',
				prompt: 'Jaka jest stolica Polski?',
				options: [
					{ text: 'Kraków', correct: false },
					{ text: 'Warszawa', correct: true },
					{ text: 'Gdańsk', correct: false }
				],
				topics: t,
				difficulty: 2
			},
			{
				id: 'ktore-liczby-sa-pierwsze',
				type: 'multiple',
				prompt: 'Które liczby są pierwsze?',
				options: [
					{ text: '2', correct: true },
					{ text: '4', correct: false },
					{ text: '7', correct: true }
				],
				topics: t,
				difficulty: 2
			},
			{
				id: 'pytanie-tuz-po-poprzednim-bez-pustego-wiersza-il',
				type: 'single',
				prompt: 'Pytanie tuż po poprzednim, bez pustego wiersza: ile to 2+2?',
				// Aiken is plain text: what looks like markup stays typed characters, shown as text.
				options: [
					{ text: '4', correct: true },
					{ text: '<script>alert(1)</script>5', correct: false }
				],
				topics: t,
				difficulty: 2
			}
		]);
		expect(r.errors).toEqual([]);
		expect(validateImported(r.bank)).toEqual([]);
	});

	test('a malformed file imports partially, naming each line and problem', () => {
		const r = parseAiken(fixture('broken.aiken.txt'));
		expect(r.bank.questions.map((q) => q.prompt)).toEqual(['Dobre?']);
		expect(r.errors).toEqual([
			{
				where: 'pytanie w wierszu 1 „Bez odpowiedzi?”',
				reason: 'brak wiersza „ANSWER:” z poprawną odpowiedzią'
			},
			{ where: 'wiersz 8', reason: 'odpowiedź D nie występuje wśród odpowiedzi pytania' },
			{ where: 'wiersz 12', reason: 'oczekiwano odpowiedzi „B.” albo wiersza „ANSWER:”' },
			{
				where: 'pytanie w wierszu 21 „Jedna odpowiedź?”',
				reason: 'pytanie wyboru musi mieć co najmniej dwie odpowiedzi'
			}
		]);
	});

	test('text without questions is refused', () => {
		expect(parseAiken('\n\n').errors).toEqual([
			{ where: 'plik', reason: 'plik nie zawiera żadnego pytania w formacie Aiken' }
		]);
	});
});

describe('Aiken export', () => {
	const exported = exportAiken(realBank);

	test('writes single-choice questions only and counts the rest', () => {
		const singles = realBank.questions.filter((q) => q.type === 'single');
		expect(exported.leftOut.length).toBe(
			realBank.questions.length - singles.length + realBank.cards.length
		);
		const first = singles[0]!;
		expect((exported.data as string).split('\n').slice(0, 6)).toEqual([
			first.prompt,
			'A. Do Moskwy',
			'B. Do Paryża',
			'C. Do Pekinu',
			'D. Do Ankary',
			'ANSWER: A'
		]);
	});

	test('round trip keeps every single-choice question', () => {
		const back = parseAiken(exported.data as string);
		expect(back.errors).toEqual([]);
		const singles = realBank.questions.filter((q) => q.type === 'single');
		const carry = {};
		const strip = (q: Record<string, unknown>) => ({ ...q, topics: [] });
		expect(
			byId(back.bank.questions.map((q) => strip(carriedQuestion(q, back.bank, carry))))
		).toEqual(byId(singles.map((q) => strip(carriedQuestion(q, realBank, carry)))));
	});
});
