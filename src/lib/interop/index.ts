/**
 * The interop layer's entry: read another app's file into a bank, write a bank for another app.
 * This module is small; every parser and writer (and its library: fast-xml-parser, papaparse,
 * sql.js, fflate) is loaded by a dynamic import only when a file of its format is read or
 * written, so nothing of it lands on the home, quiz or cards pages' critical path.
 *
 * Nothing here stores anything: the caller shows `ImportResult` as a preview and saves the bank
 * only when the teacher confirms.
 */
import { decodeText, detectFormat } from './detect';
import { fileProblems } from './strings';
import { MAX_IMPORT_BYTES, utf8Length } from './text';
import type { ExportFormat, ExportResult, ImportFormat, ImportResult, InteropBank } from './types';
import type { QuizletOptions } from './flashcards';

export type * from './types';
export { detectFormat, decodeText } from './detect';
export { MAX_IMPORT_BYTES } from './text';
export { formatNames, summarise, fileProblems, exportReport, type ExportReport } from './strings';
export type { QuizletOptions } from './flashcards';

export interface ImportOptions {
	/** The file's name: a default bank title and a tie-breaker for detection. */
	fileName?: string;
	/** Skips detection (the teacher chose the format). */
	format?: ImportFormat;
	/** Separators for Quizlet text. */
	quizlet?: QuizletOptions;
}

function refused(format: ImportFormat | undefined, reason: string): ImportResult {
	return {
		format: format ?? 'csv',
		bank: { id: 'zestaw', title: '', description: '', topics: [], questions: [], cards: [] },
		skipped: [],
		errors: [{ where: 'plik', reason }],
		notes: []
	};
}

/** A title from a file name: `Biologia_klasa-7.gift.txt` → `Biologia klasa-7`. */
function titleOf(fileName: string | undefined): string | undefined {
	const base = fileName
		?.replace(/^.*[\\/]/, '')
		.replace(/(\.(gift|txt|xml|csv|tsv|aiken|anki|quizlet))+$/i, '');
	return base ? base.replace(/_/g, ' ').trim() || undefined : undefined;
}

/**
 * Reads pasted text or a file's text. Refuses text over `MAX_IMPORT_BYTES` and text of no known
 * format with a Polish reason in `errors` (`where: 'plik'`).
 */
export async function importText(text: string, options: ImportOptions = {}): Promise<ImportResult> {
	const size = utf8Length(text);
	if (size > MAX_IMPORT_BYTES) return refused(options.format, fileProblems.tooBig(size));
	const format = options.format ?? detectFormat(text, options.fileName);
	if (!format) return refused(undefined, fileProblems.unknown);
	const title = titleOf(options.fileName);
	switch (format) {
		case 'gift':
			return (await import('./gift')).parseGift(text, title);
		case 'moodle-xml':
			return (await import('./moodle-xml')).parseMoodleXml(text, title);
		case 'aiken':
			return (await import('./aiken')).parseAiken(text, title);
		case 'anki-text':
			return (await import('./flashcards')).parseAnkiText(text, title);
		case 'quizlet':
			return (await import('./flashcards')).parseQuizlet(text, title, options.quizlet);
		case 'csv':
			return (await import('./csv')).parseCsv(text, title);
	}
}

/** Reads a chosen file: its size is checked before it is read, its encoding recognised. */
export async function importFile(
	file: Blob & { name?: string },
	options: ImportOptions = {}
): Promise<ImportResult> {
	if (file.size > MAX_IMPORT_BYTES) return refused(options.format, fileProblems.tooBig(file.size));
	const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
	if ('problem' in decoded)
		return refused(
			options.format,
			decoded.problem === 'za-duży' ? fileProblems.tooBig(file.size) : fileProblems.binary
		);
	return importText(decoded.text, { fileName: file.name, ...options });
}

export interface ExportOptions {
	/** Time of the export in ms since the epoch (ids in `.apkg`); defaults to now. */
	now?: number;
}

/** Writes a bank (built-in or local) in one format; what does not fit is listed in the result. */
export async function exportBank(
	bank: InteropBank,
	format: ExportFormat,
	options: ExportOptions = {}
): Promise<ExportResult> {
	switch (format) {
		case 'gift':
			return (await import('./gift')).exportGift(bank);
		case 'moodle-xml':
			return (await import('./moodle-xml')).exportMoodleXml(bank);
		case 'aiken':
			return (await import('./aiken')).exportAiken(bank);
		case 'anki-text':
			return (await import('./flashcards')).exportAnkiText(bank);
		case 'quizlet':
			return (await import('./flashcards')).exportQuizlet(bank);
		case 'csv':
			return (await import('./csv')).exportCsv(bank);
		case 'kahoot-xlsx':
			return (await import('./kahoot')).exportKahoot(bank);
		case 'anki-apkg': {
			const [{ exportApkg }, { loadSqlJs }] = await Promise.all([
				import('./apkg'),
				import('./sqlite')
			]);
			return exportApkg(bank, { SQL: await loadSqlJs(), now: options.now ?? Date.now() });
		}
	}
}

/**
 * Loads every parser and writer at once, e.g. when the import page or the export menu opens, so
 * that reading the chosen file does not wait for a download, and so that the service worker
 * caches them for offline use (they are not precached, see vite.config.ts). Resolves when they
 * are in memory (and cached).
 * @param anki true to load the `.apkg` writer with SQLite and its WebAssembly too
 */
export async function loadInterop(anki = false): Promise<void> {
	await Promise.all([
		import('./gift'),
		import('./moodle-xml'),
		import('./aiken'),
		import('./flashcards'),
		import('./csv'),
		import('./kahoot'),
		import('./preview'),
		...(anki ? [import('./apkg'), import('./sqlite').then((m) => m.warmSqlJs())] : [])
	]);
}

/** The file's bytes for download: text formats as UTF-8 (CSV keeps its BOM). */
export function exportBlob(result: ExportResult): Blob {
	const data = typeof result.data === 'string' ? result.data : new Uint8Array(result.data);
	return new Blob([data], { type: result.mimeType });
}
