/**
 * Types of the interop layer: a bank as other apps hand it over (no source text, so no
 * evidence to find in one), and the outcome of an import or an export.
 */
import type { Card, Question, Topic } from '$lib/bank/types';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * A question without the parts only a bank built from a text has: evidence may be missing or
 * stand on its own (quotes kept with no text to find them in), the explanation may be missing.
 * A built-in `Question` is assignable to it, so every exporter takes both.
 */
export type InteropQuestion = DistributiveOmit<Question, 'evidence' | 'explanation'> & {
	/** Quotes from the text the question rests on; none for most imports. */
	evidence?: string | string[];
	/** Why the answer is right (Moodle's general feedback). */
	explanation?: string;
};

/** A flashcard that may come without evidence. A built-in `Card` is assignable to it. */
export type InteropCard = Omit<Card, 'evidence'> & { evidence?: string | string[] };

/**
 * A bank read from another app's file, or any bank handed to an exporter. Imports never carry a
 * source text: `text` is for banks made from one (a local bank from a pasted text).
 */
export interface InteropBank {
	/** Slug of the bank; exporters use it in file names and Anki ids. */
	id: string;
	title: string;
	description: string;
	topics: Topic[];
	questions: InteropQuestion[];
	cards: InteropCard[];
	/** The source text the evidence quotes stand in; absent for imports from other apps. */
	text?: string;
}

/** Formats read by `importText`. */
export type ImportFormat = 'gift' | 'moodle-xml' | 'aiken' | 'anki-text' | 'quizlet' | 'csv';

/** Formats written by `exportBank`. */
export type ExportFormat =
	'gift' | 'moodle-xml' | 'aiken' | 'anki-text' | 'anki-apkg' | 'quizlet' | 'kahoot-xlsx' | 'csv';

/** One thing an import or export says about a place in the file or a bank item. */
export interface InteropNote {
	/** Where: "wiersz 12", "pytanie 3 („Stolica…”)", "plik", or an item id on export. */
	where: string;
	/** What happened, in Polish, for the preview. */
	reason: string;
	/** Groups notes of one kind for the summary ("3 pytania typu esej pominięte"). */
	kind?: string;
}

/** What an import produced; nothing is stored by the interop layer. */
export interface ImportResult {
	format: ImportFormat;
	bank: InteropBank;
	/** Items that are valid in their format but that Kartkówka cannot take (essay, description). */
	skipped: InteropNote[];
	/** Broken places: a malformed question, or the whole file refused (`where: 'plik'`). */
	errors: InteropNote[];
	/** Items imported with something left behind (an embedded picture, partial credit). */
	notes: InteropNote[];
}

/** What an export produced: the file and what did not fit into it. */
export interface ExportResult {
	format: ExportFormat;
	/** Suggested file name, e.g. `kazachstan-2022-11.gift.txt`. */
	fileName: string;
	mimeType: string;
	/** Text formats are strings, packages (`.apkg`, `.xlsx`) bytes. */
	data: string | Uint8Array;
	/** Items the format cannot carry at all. */
	leftOut: InteropNote[];
	/** Items written with a loss (shortened for Kahoot, a second topic dropped, …). */
	notes: InteropNote[];
}
