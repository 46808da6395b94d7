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
		expect(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((c) => cells[`${c}9`])).toEqual([
			1,
			first.prompt,
			...first.options.map((o) => o.text),
			20,
			first.options.findIndex((o) => o.correct) + 1
		]);
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
		expect([cells[`C${row}`], cells[`D${row}`], cells[`E${row}`]]).toEqual([
			'Prawda',
			'Fałsz',
			undefined
		]);
		const multi = realBank.questions.find((q) => q.type === 'multiple')!;
		if (multi.type === 'multiple')
			expect(cells[`H${fit.indexOf(multi) + 9}`]).toBe(
				multi.options.flatMap((o, i) => (o.correct ? [i + 1] : [])).join(',')
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
		expect(one.C9).toBe('a'.repeat(74) + '…');
		expect([one.D9, one.E9, one.F9, one.H9]).toEqual(['b', 'c', 'd', 1]);
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
