/**
 * Kahoot's spreadsheet import (`.xlsx`, the layout of Kahoot's own quiz template): title in B2,
 * a header row 8 — Question (max 120 characters), Answer 1–4 (max 75), Time limit (sec),
 * Correct answer(s) — and one question a row from row 9.
 *
 * The workbook is written by hand (a few XML parts zipped with fflate) rather than with the npm
 * `xlsx` package: its npm release 0.18.5 has known prototype-pollution and ReDoS advisories and
 * no fixed release on npm, and writing one sheet of strings needs no library.
 */
import { strToU8, zipSync } from 'fflate';
import { rngFromSeed, shuffled } from '$lib/quiz/rng';
import { collapseSpace } from './text';
import type { ExportResult, InteropBank, InteropNote, InteropQuestion } from './types';

export const KAHOOT_QUESTION_MAX = 120;
export const KAHOOT_ANSWER_MAX = 75;
/** Seconds per question; Kahoot allows 5, 10, 20, 30, 60, 90, 120 or 240. */
export const KAHOOT_TIME_LIMIT = 20;
/** Row of the header in Kahoot's template (1-based); questions follow it. */
export const KAHOOT_HEADER_ROW = 8;

export const KAHOOT_HEADER = [
	'',
	'Question - max 120 characters',
	'Answer 1 - max 75 characters',
	'Answer 2 - max 75 characters',
	'Answer 3 - max 75 characters',
	'Answer 4 - max 75 characters',
	'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
	'Correct answer(s) - choose at least one'
];

type Cell = string | number;

/** Cuts text to `max` characters (code points), ending with `…` when it had to. */
function fit(text: string, max: number): { text: string; cut: boolean } {
	const chars = [...collapseSpace(text)];
	if (chars.length <= max) return { text: chars.join(''), cut: false };
	return {
		text:
			chars
				.slice(0, max - 1)
				.join('')
				.trimEnd() + '…',
		cut: true
	};
}

/** A question as Kahoot's quiz row, or why it cannot be one. */
function kahootRow(q: InteropQuestion, notes: InteropNote[]): Cell[] | string {
	let options: { text: string; correct: boolean }[];
	if (q.type === 'single' || q.type === 'multiple') options = q.options;
	else if (q.type === 'true-false')
		options = [
			{ text: 'Prawda', correct: q.answer },
			{ text: 'Fałsz', correct: !q.answer }
		];
	else return 'Kahoot przyjmuje z arkusza tylko pytania wyboru';
	const right = options.filter((o) => o.correct);
	if (right.length > 4) return 'więcej niż 4 poprawne odpowiedzi (Kahoot ma 4 pola)';
	if (options.length > 4) {
		const wrong = options.filter((o) => !o.correct).slice(0, 4 - right.length);
		const keep = new Set([...right, ...wrong]);
		notes.push({
			where: q.id,
			reason: `pominięto ${options.length - 4} z błędnych odpowiedzi (Kahoot ma 4 pola)`,
			kind: 'odpowiedzi'
		});
		options = options.filter((o) => keep.has(o));
	}
	// Kahoot shows answers in the sheet's order; the bank often lists the right one first.
	options = shuffled(options, rngFromSeed(`kahoot:${q.id}`));
	const prompt = fit(q.prompt, KAHOOT_QUESTION_MAX);
	if (prompt.cut)
		notes.push({
			where: q.id,
			reason: `pytanie skrócone do ${KAHOOT_QUESTION_MAX} znaków`,
			kind: 'długość'
		});
	const answers = options.map((o) => fit(o.text, KAHOOT_ANSWER_MAX));
	const long = answers.filter((a) => a.cut).length;
	if (long)
		notes.push({
			where: q.id,
			reason: `${long === 1 ? 'odpowiedź skrócona' : `odpowiedzi (${long}) skrócone`} do ${KAHOOT_ANSWER_MAX} znaków`,
			kind: 'długość'
		});
	const correct = options.flatMap((o, i) => (o.correct ? [i + 1] : []));
	return [
		prompt.text,
		...answers.map((a) => a.text),
		...Array<string>(4 - answers.length).fill(''),
		KAHOOT_TIME_LIMIT,
		correct.length === 1 ? correct[0]! : correct.join(',')
	];
}

function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.split('')
		.filter((ch) => ch >= ' ' || ch === '\t' || ch === '\n' || ch === '\r') // XML 1.0 allows no other controls
		.join('');
}

const column = (i: number) => String.fromCharCode(65 + i);

/** A minimal workbook: one sheet of shared strings and numbers. */
export function writeXlsx(sheetName: string, rows: Map<number, Cell[]>): Uint8Array {
	const strings: string[] = [];
	const index = new Map<string, number>();
	const stringId = (s: string) => {
		if (!index.has(s)) {
			index.set(s, strings.length);
			strings.push(s);
		}
		return index.get(s)!;
	};
	const sheetRows = [...rows]
		.sort(([a], [b]) => a - b)
		.map(([r, cells]) => {
			const xml = cells
				.map((cell, i) => {
					const ref = `${column(i)}${r}`;
					if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
					if (cell === '') return '';
					return `<c r="${ref}" t="s"><v>${stringId(cell)}</v></c>`;
				})
				.join('');
			return `<row r="${r}">${xml}</row>`;
		});
	const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
	const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
	const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
	const files: Record<string, string> = {
		'[Content_Types].xml':
			xmlHead +
			'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
			'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
			'<Default Extension="xml" ContentType="application/xml"/>' +
			'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
			'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
			'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
			'<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
			'</Types>',
		'_rels/.rels':
			xmlHead +
			'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
			`<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/>` +
			'</Relationships>',
		'xl/workbook.xml':
			xmlHead +
			`<workbook xmlns="${main}" xmlns:r="${rel}"><sheets>` +
			`<sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		'xl/_rels/workbook.xml.rels':
			xmlHead +
			'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
			`<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>` +
			`<Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>` +
			`<Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/>` +
			'</Relationships>',
		'xl/worksheets/sheet1.xml':
			xmlHead +
			`<worksheet xmlns="${main}"><sheetData>${sheetRows.join('')}</sheetData></worksheet>`,
		'xl/sharedStrings.xml':
			xmlHead +
			`<sst xmlns="${main}" count="${strings.length}" uniqueCount="${strings.length}">` +
			strings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('') +
			'</sst>',
		'xl/styles.xml':
			xmlHead +
			`<styleSheet xmlns="${main}">` +
			'<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
			'<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
			'<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
			'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
			'<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
			'<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
			'</styleSheet>'
	};
	return zipSync(
		Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])),
		{
			level: 6
		}
	);
}

/**
 * Writes the bank's choice and true/false questions in Kahoot's template; other items are left
 * out and counted, over-long texts are shortened to Kahoot's limits and reported by item id.
 */
export function exportKahoot(bank: InteropBank): ExportResult {
	const leftOut: InteropNote[] = [];
	const notes: InteropNote[] = [];
	const rows = new Map<number, Cell[]>([
		[2, ['', fit(bank.title, 200).text]],
		[
			3,
			['', 'Kartkówka: pytania wyboru i prawda/fałsz. W Kahoot: Dodaj pytanie → Importuj arkusz.']
		],
		[KAHOOT_HEADER_ROW, KAHOOT_HEADER]
	]);
	let n = 0;
	for (const q of bank.questions) {
		const row = kahootRow(q, notes);
		if (typeof row === 'string') {
			leftOut.push({ where: q.id, reason: row, kind: q.type });
			continue;
		}
		n++;
		rows.set(KAHOOT_HEADER_ROW + n, [n, ...row]);
	}
	for (const c of bank.cards)
		leftOut.push({ where: c.id, reason: 'Kahoot nie ma fiszek', kind: 'fiszka' });
	return {
		format: 'kahoot-xlsx',
		fileName: `${bank.id}.kahoot.xlsx`,
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		data: writeXlsx('Sheet1', rows),
		leftOut,
		notes
	};
}
