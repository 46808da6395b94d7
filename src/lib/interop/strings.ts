/** Polish text of the interop layer: format names, file problems and the preview's summary lines. */
import { plural } from '../strings';
import type { ExportFormat, ExportResult, ImportFormat, InteropNote } from './types';
import { MAX_IMPORT_BYTES } from './text';
import { formatNumber } from '../format';

export const formatNames: Record<ImportFormat | ExportFormat, string> = {
	gift: 'GIFT (Moodle)',
	'moodle-xml': 'Moodle XML',
	aiken: 'Aiken',
	'anki-text': 'Anki (plik tekstowy)',
	'anki-apkg': 'Anki (.apkg)',
	quizlet: 'Quizlet',
	'kahoot-xlsx': 'Kahoot (.xlsx)',
	csv: 'CSV (arkusz)'
};

export const fileProblems = {
	tooBig: (bytes: number) =>
		`Plik jest za duży (${formatNumber(bytes / 1024 / 1024, 1)} MB). Największy plik, jaki można zaimportować, ma ${formatNumber(MAX_IMPORT_BYTES / 1024 / 1024)} MB.`,
	binary:
		'To nie jest plik tekstowy (np. .apkg albo .xlsx). Wyeksportuj zestaw jako tekst: GIFT, Moodle XML, Aiken, CSV albo tekst z Anki lub Quizlet.',
	unknown:
		'Nie rozpoznano formatu. Obsługiwane są: GIFT, Moodle XML, Aiken, CSV z wierszem nagłówka oraz tekst z Anki i Quizlet.'
};

/** Polish names of the kinds the importers and exporters give their notes. */
const KIND_NAMES: Record<string, string> = {
	single: 'jednokrotnego wyboru',
	multiple: 'wielokrotnego wyboru',
	'true-false': 'prawda/fałsz',
	short: 'z krótką odpowiedzią',
	numeric: 'liczbowe',
	match: 'dopasowanie',
	order: 'kolejność',
	cloze: 'z lukami'
};

const questions = (n: number) => `${n} ${plural(n, 'pytanie', 'pytania', 'pytań')}`;
const left = (n: number) => plural(n, 'pominięte', 'pominięte', 'pominiętych');

/** One line per kind: "3 pytania typu esej pominięte", "12 fiszek pominiętych". */
export function summarise(notes: InteropNote[]): string[] {
	const counts = new Map<string, number>();
	for (const n of notes) counts.set(n.kind ?? '', (counts.get(n.kind ?? '') ?? 0) + 1);
	return [...counts].map(([kind, n]) => {
		if (kind === 'fiszka')
			return `${n} ${plural(n, 'fiszka', 'fiszki', 'fiszek')} ${plural(n, 'pominięta', 'pominięte', 'pominiętych')}`;
		if (KIND_NAMES[kind]) return `${questions(n)} typu „${KIND_NAMES[kind]}” ${left(n)}`;
		if (kind) return `${questions(n)} typu ${kind} ${left(n)}`;
		return `${questions(n)} ${left(n)}`;
	});
}

/** What "Eksportuj zestaw" says about an export, beyond the file's name. */
export interface ExportReport {
	/** "Aiken: pominięto 104 pytania (Aiken zapisuje tylko pytania jednokrotnego wyboru)". */
	leftOut: string[];
	/** One line per item written with a loss: "q-id: pytanie skrócone do 120 znaków". */
	notes: string[];
}

/** The report of an export: what the format left out (grouped by reason) and what it cut. */
export function exportReport(result: ExportResult): ExportReport {
	const name = formatNames[result.format];
	const groups = new Map<string, { cards: boolean; n: number }>();
	for (const note of result.leftOut) {
		const cards = note.kind === 'fiszka';
		const key = `${cards ? 'c' : 'q'}:${note.reason}`;
		const group = groups.get(key) ?? { cards, n: 0 };
		group.n++;
		groups.set(key, group);
	}
	const leftOut = [...groups].map(([key, { cards, n }]) => {
		const what = cards ? `${n} ${plural(n, 'fiszkę', 'fiszki', 'fiszek')}` : questions(n);
		return `${name}: pominięto ${what} (${key.slice(2)})`;
	});
	return { leftOut, notes: result.notes.map((n) => `${n.where}: ${n.reason}`) };
}
