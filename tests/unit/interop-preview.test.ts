import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/bank/validate';
import { looksLikeBankFile } from '../../src/lib/banks/format';
import { exportReport, importText } from '../../src/lib/interop';
import { bankOfImport, importedBankId, importPreview } from '../../src/lib/interop/preview';

const GIFT = readFileSync('tests/fixtures/interop/biologia-klasa-7.gift', 'utf8');

describe('preview of an import', () => {
	it('counts what comes in by type, and says what is skipped and why', async () => {
		const result = await importText(GIFT, { fileName: 'biologia-klasa-7.gift' });
		expect(importPreview(result)).toEqual({
			format: 'gift',
			formatName: 'GIFT (Moodle)',
			title: 'biologia-klasa-7',
			questionsByType: [
				{ type: 'single', count: 1 },
				{ type: 'multiple', count: 1 },
				{ type: 'true-false', count: 1 },
				{ type: 'short', count: 1 },
				{ type: 'numeric', count: 1 },
				{ type: 'match', count: 1 }
			],
			cardCount: 0,
			skippedSummary: ['1 pytanie typu esej pominięte'],
			skipped: [
				{
					where: 'pytanie 7 (wiersz 29) „esej”',
					reason: 'pytanie typu esej pominięte',
					kind: 'esej'
				}
			],
			problems: [],
			notes: [
				{
					where: 'pytanie 1 (wiersz 5) „jadro”',
					reason: 'informacje zwrotne do poszczególnych odpowiedzi pominięte',
					kind: 'feedback'
				}
			],
			refused: '',
			canSave: true
		});
	});

	it('takes the title of pasted text from the file (the top GIFT category), and refuses unknown text', async () => {
		const pasted = await importText(GIFT);
		expect(importPreview(pasted).title).toBe('Biologia');
		const unknown = importPreview(await importText('zwykłe zdanie bez formatu'));
		expect([unknown.refused !== '', unknown.canSave, unknown.problems]).toEqual([true, false, []]);
	});

	it('names broken lines as problems and keeps the rest', async () => {
		const preview = importPreview(
			await importText('Przód\tTył\nbez separatora\n', { format: 'quizlet' })
		);
		expect(preview.problems).toEqual([
			{ where: 'wiersz 2', reason: 'brak separatora „tabulator” między pojęciem a definicją' }
		]);
		expect(preview.cardCount).toBe(1);
	});
});

describe('the bank an import becomes', () => {
	it('is a valid bank without a text under the given id and title', async () => {
		const result = await importText(GIFT, { fileName: 'biologia-klasa-7.gift' });
		const checked = bankOfImport(result, '  Biologia — komórka ', 'moj-biologia-komorka');
		if (!checked.ok) throw new Error(checked.problems.map(formatProblem).join('\n'));
		const { bank } = checked.loaded;
		expect([bank.id, bank.title, bank.source, bank.description]).toEqual([
			'moj-biologia-komorka',
			'Biologia — komórka',
			'none',
			'Zaimportowany z formatu GIFT (Moodle).'
		]);
		expect(bank.questions.map((q) => [q.id, q.type, q.explanation])).toEqual([
			['jadro', 'single', ''],
			['fotosynteza', 'true-false', ''],
			['roslinna', 'multiple', ''],
			['chromosomy', 'numeric', ''],
			['hooke', 'short', ''],
			['funkcje', 'match', '']
		]);
		expect(checked.loaded.blocks).toEqual([]);
	});

	it('asks for an id made from its title', () => {
		expect(importedBankId('Biologia — klasa 7')).toBe('biologia-klasa-7');
		expect(importedBankId('???')).toBe('zestaw');
	});
});

describe('a chosen file: Kartkówka bank or another app', () => {
	it('goes by the extension, else by the kartkowka field at the start', () => {
		expect(
			[
				['zestaw.yaml', ''],
				['zestaw.JSON', ''],
				['zestaw.txt', 'kartkowka: 1\nid: x'],
				['zestaw', '{ "kartkowka": 1, "id": "x" }'],
				['biologia.gift', GIFT],
				['fiszki.txt', 'kartkówka\tquiz']
			].map(([name, head]) => looksLikeBankFile(name!, head!))
		).toEqual([true, true, true, true, false, false]);
	});
});

describe('report of an export', () => {
	it('groups what the format left out by reason, and lists every item cut', () => {
		const report = exportReport({
			format: 'aiken',
			fileName: 'x.aiken.txt',
			mimeType: 'text/plain',
			data: '',
			leftOut: [
				{
					where: 'q-1',
					reason: 'Aiken zapisuje tylko pytania jednokrotnego wyboru',
					kind: 'short'
				},
				{
					where: 'q-2',
					reason: 'Aiken zapisuje tylko pytania jednokrotnego wyboru',
					kind: 'match'
				},
				{ where: 'q-3', reason: 'więcej niż 26 odpowiedzi', kind: 'single' },
				{ where: 'c-1', reason: 'Aiken nie ma fiszek', kind: 'fiszka' }
			],
			notes: [{ where: 'q-4', reason: 'pytanie skrócone do 120 znaków', kind: 'długość' }]
		});
		expect(report).toEqual({
			leftOut: [
				'Aiken: pominięto 2 pytania (Aiken zapisuje tylko pytania jednokrotnego wyboru)',
				'Aiken: pominięto 1 pytanie (więcej niż 26 odpowiedzi)',
				'Aiken: pominięto 1 fiszkę (Aiken nie ma fiszek)'
			],
			notes: ['q-4: pytanie skrócone do 120 znaków']
		});
	});
});
