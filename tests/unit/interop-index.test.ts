import { describe, expect, test } from 'vitest';
import {
	decodeText,
	detectFormat,
	exportBank,
	importFile,
	importText,
	MAX_IMPORT_BYTES,
	summarise,
	type ExportFormat
} from '$lib/interop';
import { fixture, fixtureBytes, realBank } from './interop-helpers';

describe('format detection by content', () => {
	test.each([
		['moodle-spec.gift', 'gift'],
		['broken.gift', 'gift'],
		['moodle-spec.xml', 'moodle-xml'],
		['broken.xml', 'moodle-xml'],
		['moodle-spec.aiken.txt', 'aiken'],
		['broken.aiken.txt', 'aiken'],
		['anki-spec.txt', 'anki-text'],
		['quizlet-export.txt', 'quizlet'],
		['szablon.csv', 'csv']
	])('%s is %s, whatever the file is called', (name, format) => {
		expect(detectFormat(fixture(name), 'plik.dat')).toBe(format);
	});

	test('plain prose is no format', () => {
		expect(detectFormat('To jest zwykły tekst.\nBez pytań.')).toBeUndefined();
	});

	test('the extension breaks a tie only', () => {
		expect(detectFormat('a;b\nc;d', 'x.csv')).toBe('csv');
		expect(detectFormat('a;b\nc;d', 'x.txt')).toBe('quizlet');
	});
});

describe('reading files', () => {
	test('text over the limit is refused with the limit named', async () => {
		const r = await importText('a\tb\n'.repeat(MAX_IMPORT_BYTES / 4 + 1));
		expect(r.errors).toEqual([
			{
				where: 'plik',
				reason: 'Plik jest za duży (5 MB). Największy plik, jaki można zaimportować, ma 5 MB.'
			}
		]);
		expect(r.bank.questions).toEqual([]);
	});

	test('a file over the limit is refused before it is read', async () => {
		const big = {
			size: 6 * 1024 * 1024,
			name: 'duzy.gift',
			arrayBuffer: () => Promise.reject(new Error('read'))
		};
		const r = await importFile(big as unknown as Blob & { name: string });
		expect(r.errors[0]?.reason).toBe(
			'Plik jest za duży (6 MB). Największy plik, jaki można zaimportować, ma 5 MB.'
		);
	});

	test('binary packages are refused with advice', async () => {
		const r = await importFile(new File([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])], 'talia.apkg'));
		expect(r.errors[0]?.reason).toMatch(/^To nie jest plik tekstowy/);
	});

	test('unknown text is refused naming the formats', async () => {
		const r = await importText('Zwykły tekst bez pytań.');
		expect(r.errors[0]?.reason).toMatch(/^Nie rozpoznano formatu\. Obsługiwane są: GIFT/);
	});

	test('UTF-16 with a BOM and Windows-1250 (a Polish Excel CSV) are read', () => {
		const utf16 = new Uint8Array([
			0xff,
			0xfe,
			...[...'Żółw'].flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8])
		]);
		expect(decodeText(utf16)).toEqual({ text: 'Żółw' });
		// "Zażółć" in Windows-1250
		expect(decodeText(new Uint8Array([0x5a, 0x61, 0xbf, 0xf3, 0xb3, 0xe6]))).toEqual({
			text: 'Zażółć'
		});
		// The decoder drops the BOM; the importers would drop it anyway.
		expect(decodeText(fixtureBytes('szablon.csv'))).toEqual({
			text: fixture('szablon.csv').slice(1)
		});
	});

	test('a file is detected, titled by its name and parsed', async () => {
		const r = await importFile(new File([fixture('quizlet-export.txt')], 'Niemiecki_słówka.txt'));
		expect([r.format, r.bank.title, r.bank.cards.length]).toEqual([
			'quizlet',
			'Niemiecki słówka',
			4
		]);
	});
});

describe('summary lines for the preview', () => {
	test('counts by kind in Polish', () => {
		expect(
			summarise([
				{ where: 'a', reason: '', kind: 'esej' },
				{ where: 'b', reason: '', kind: 'esej' },
				{ where: 'c', reason: '', kind: 'esej' },
				{ where: 'd', reason: '', kind: 'order' },
				{ where: 'e', reason: '', kind: 'fiszka' },
				...Array.from({ length: 5 }, (_, i) => ({ where: `f${i}`, reason: '', kind: 'cloze' }))
			])
		).toEqual([
			'3 pytania typu esej pominięte',
			'1 pytanie typu „kolejność” pominięte',
			'1 fiszka pominięta',
			'5 pytań typu „z lukami” pominiętych'
		]);
	});
});

describe('export through the entry, every format', () => {
	const now = Date.UTC(2026, 11, 1);
	test.each<[ExportFormat, string, string | undefined]>([
		['gift', 'kazachstan-2022-11.gift.txt', 'gift'],
		['moodle-xml', 'kazachstan-2022-11.moodle.xml', 'moodle-xml'],
		['aiken', 'kazachstan-2022-11.aiken.txt', 'aiken'],
		['anki-text', 'kazachstan-2022-11.anki.txt', 'anki-text'],
		['quizlet', 'kazachstan-2022-11.quizlet.txt', 'quizlet'],
		['csv', 'kazachstan-2022-11.csv', 'csv'],
		['kahoot-xlsx', 'kazachstan-2022-11.kahoot.xlsx', undefined]
	])('%s → %s, and its text is recognised again', async (format, fileName, detected) => {
		const r = await exportBank(realBank, format, { now });
		expect(r.fileName).toBe(fileName);
		if (detected) {
			const back = await importText(r.data as string, { fileName });
			expect(back.format).toBe(detected);
			expect(back.errors).toEqual([]);
			expect(back.bank.questions.length + back.bank.cards.length).toBe(
				realBank.questions.length + realBank.cards.length - r.leftOut.length
			);
		}
	});
});
