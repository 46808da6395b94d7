/**
 * CSV export of a class report that Excel opens with Polish letters intact: UTF-8 with a BOM,
 * and a semicolon separator with decimal commas (what Excel in Poland expects) or commas.
 */
import Papa from 'papaparse';
import type { ClassReport } from './report';

export type Separator = ';' | ',';

/** The byte order mark that tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';

/** Column headers; question columns are labelled with their position and id. */
export const CSV_HEADERS = {
	name: 'Uczeń',
	score: 'Wynik',
	maxScore: 'Maksimum',
	percent: 'Procent',
	durationS: 'Czas (s)',
	finishedAt: 'Zakończono'
} as const;

/**
 * A number in the file: at most 2 decimals, no grouping (spreadsheets read it as a number), a
 * decimal comma when the separator is a semicolon. A file format, so not `$lib/format`.
 */
export function csvNumber(n: number, separator: Separator): string {
	const s = String(Math.round(n * 100) / 100);
	return separator === ';' ? s.replace('.', ',') : s;
}

/** "2026-11-24 21:05" in the given time zone offset-free local form of `Date`. */
function formatDate(ms: number, timeZone: string | undefined): string {
	const parts = new Intl.DateTimeFormat('sv-SE', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit'
	}).format(new Date(ms));
	return parts;
}

/**
 * The per-student table of a report as CSV text (BOM included): one row per student, one
 * column per question (credit 0–1), in the quiz's order. `timeZone` is for tests.
 */
export function reportToCsv(
	report: ClassReport,
	questionIds: readonly string[],
	separator: Separator,
	timeZone?: string
): string {
	const header = [
		CSV_HEADERS.name,
		CSV_HEADERS.score,
		CSV_HEADERS.maxScore,
		CSV_HEADERS.percent,
		CSV_HEADERS.durationS,
		CSV_HEADERS.finishedAt,
		...questionIds.map((id, i) => `${i + 1}. ${id}`)
	];
	const rows = report.students.map((s) => [
		s.name,
		csvNumber(s.score, separator),
		String(s.maxScore),
		csvNumber(s.percent, separator),
		String(Math.round(s.durationMs / 1000)),
		formatDate(s.finishedAt, timeZone),
		...questionIds.map((id) => csvNumber(s.scores[id] ?? 0, separator))
	]);
	return (
		BOM +
		Papa.unparse([header, ...rows], {
			delimiter: separator,
			newline: '\r\n',
			// A name like "=HYPERLINK(…)" must stay text, never become a formula.
			escapeFormulae: true
		})
	);
}
