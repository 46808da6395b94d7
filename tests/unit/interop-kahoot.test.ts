import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { exportKahoot, KAHOOT_HEADER } from '$lib/interop/kahoot';
import { realBank } from './interop-helpers';

/** Reads the one sheet of a workbook back into `{ B9: 'text', A9: 1 }`, as a spreadsheet shows it. */
function readSheet(xlsx: Uint8Array): { files: string[]; cells: Record<string, string | number> } {
	const files = unzipSync(xlsx);
	const parser = new XMLParser({
		ignoreAttributes: false,
		parseTagValue: false,
		isArray: (name) => ['si', 'row', 'c'].includes(name)
	});
	const sst = parser.parse(strFromU8(files['xl/sharedStrings.xml']!)) as {
		sst: { si: { t: string | { '#text': string } }[] };
	};
	const strings = sst.sst.si.map((s) => (typeof s.t === 'string' ? s.t : s.t['#text']));
	const sheet = parser.parse(strFromU8(files['xl/worksheets/sheet1.xml']!)) as {
		worksheet: { sheetData: { row: { c: { '@_r': string; '@_t'?: string; v: string }[] }[] } };
	};
	const cells: Record<string, string | number> = {};
	for (const row of sheet.worksheet.sheetData.row)
		for (const c of row.c) cells[c['@_r']] = c['@_t'] === 's' ? strings[Number(c.v)]! : Number(c.v);
	return { files: Object.keys(files).sort(), cells };
}

describe('Kahoot spreadsheet', () => {
	const exported = exportKahoot(realBank);
	const { files, cells } = readSheet(exported.data as Uint8Array);

	test('is a minimal workbook with the parts a spreadsheet needs', () => {
		expect(files).toEqual([
			'[Content_Types].xml',
			'_rels/.rels',
			'xl/_rels/workbook.xml.rels',
			'xl/sharedStrings.xml',
			'xl/styles.xml',
			'xl/workbook.xml',
			'xl/worksheets/sheet1.xml'
		]);
		expect(exported.fileName).toBe('kazachstan-2022-11.kahoot.xlsx');
	});

	test("has Kahoot's template layout: title in B2, header in row 8, questions from row 9", () => {
		expect(cells.B2).toBe(realBank.title);
		expect(['B', 'C', 'D', 'E', 'F', 'G', 'H'].map((c) => cells[`${c}8`])).toEqual(
			KAHOOT_HEADER.slice(1)
		);
		const first = realBank.questions[0]!;
		expect(first.type).toBe('single');
		if (first.type !== 'single') return;
		expect([cells.A9, cells.B9, cells.G9]).toEqual([1, first.prompt, 20]);
		const answers = ['C', 'D', 'E', 'F'].map((c) => cells[`${c}9`]);
		expect([...answers].sort()).toEqual(first.options.map((o) => o.text).sort());
		expect(answers[(cells.H9 as number) - 1]).toBe(first.options.find((o) => o.correct)?.text);
	});

	test('shuffles answers (the bank lists the right one first), the same way every time', () => {
		const numbers = Object.entries(cells).filter(
			([ref]) => /^H\d+$/.test(ref) && Number(ref.slice(1)) > 8
		);
		expect(new Set(numbers.map(([, v]) => String(v).split(',')[0])).size).toBeGreaterThan(2);
		expect(readSheet(exportKahoot(realBank).data as Uint8Array).cells).toEqual(cells);
	});

	test('writes choice and true/false questions, leaves out and counts the rest', () => {
		const fit = realBank.questions.filter(
			(q) =>
				q.type === 'true-false' ||
				((q.type === 'single' || q.type === 'multiple') &&
					q.options.filter((o) => o.correct).length <= 4)
		);
		const rows = Object.keys(cells).filter((ref) => /^A\d+$/.test(ref) && Number(ref.slice(1)) > 8);
		expect(rows.length).toBe(fit.length);
		expect(exported.leftOut.length).toBe(
			realBank.questions.length - fit.length + realBank.cards.length
		);
		const tf = realBank.questions.find((q) => q.type === 'true-false')!;
		const row = fit.indexOf(tf) + 9;
		expect([cells[`C${row}`], cells[`D${row}`]].sort()).toEqual(['Fałsz', 'Prawda']);
		expect(cells[`E${row}`]).toBeUndefined();
		if (tf.type === 'true-false')
			expect(cells[`${'CD'[(cells[`H${row}`] as number) - 1]}${row}`]).toBe(
				tf.answer ? 'Prawda' : 'Fałsz'
			);
		const multi = realBank.questions.find((q) => q.type === 'multiple')!;
		const mrow = fit.indexOf(multi) + 9;
		const picked = String(cells[`H${mrow}`])
			.split(',')
			.map((n) => cells[`${'CDEF'[Number(n) - 1]}${mrow}`]);
		if (multi.type === 'multiple')
			expect(picked.sort()).toEqual(
				multi.options
					.filter((o) => o.correct)
					.map((o) => o.text)
					.sort()
			);
	});

	test('keeps every text within the limits and reports each shortened item', () => {
		for (const [ref, value] of Object.entries(cells)) {
			const row = Number(ref.slice(1));
			if (row <= 8 || typeof value !== 'string') continue;
			expect([...value].length).toBeLessThanOrEqual(ref.startsWith('B') ? 120 : 75);
		}
		const long = 'Bardzo długie pytanie, '.repeat(8);
		const bank = {
			...realBank,
			questions: [
				{
					id: 'q-dlugie',
					type: 'single' as const,
					prompt: long,
					options: [
						{ text: 'a'.repeat(80), correct: true },
						{ text: 'b', correct: false },
						{ text: 'c', correct: false },
						{ text: 'd', correct: false },
						{ text: 'e', correct: false }
					],
					topics: ['rosja'],
					difficulty: 2 as const
				}
			],
			cards: []
		};
		const out = exportKahoot(bank);
		expect(out.notes).toEqual([
			{
				where: 'q-dlugie',
				reason: 'pominięto 1 z błędnych odpowiedzi (Kahoot ma 4 pola)',
				kind: 'odpowiedzi'
			},
			{ where: 'q-dlugie', reason: 'pytanie skrócone do 120 znaków', kind: 'długość' },
			{ where: 'q-dlugie', reason: 'odpowiedź skrócona do 75 znaków', kind: 'długość' }
		]);
		const one = readSheet(out.data as Uint8Array).cells;
		expect([...(one.B9 as string)].length).toBe(120);
		expect(one.B9).toBe(long.slice(0, 119).trimEnd() + '…');
		const answers = ['C9', 'D9', 'E9', 'F9'].map((ref) => one[ref]);
		expect([...answers].sort()).toEqual(['a'.repeat(74) + '…', 'b', 'c', 'd']);
		expect(answers[(one.H9 as number) - 1]).toBe('a'.repeat(74) + '…');
	});

	test('markup characters are escaped in the XML, never written as markup', () => {
		const bank = {
			...realBank,
			questions: [
				{
					id: 'q-x',
					type: 'true-false' as const,
					prompt: '<b>1 & 2</b> "cudzysłów"',
					answer: true,
					topics: ['rosja'],
					difficulty: 2 as const
				}
			],
			cards: []
		};
		expect(readSheet(exportKahoot(bank).data as Uint8Array).cells.B9).toBe(
			'<b>1 & 2</b> "cudzysłów"'
		);
	});
});
