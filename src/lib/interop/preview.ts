/**
 * What "Dodaj zestaw" shows about another app's file before anything is stored, and the bank
 * it becomes: a bank without a text (`source: none`), checked by the bank validator. Pure.
 */
import { slugify } from '../bank/slug';
import { NO_SOURCE } from '../bank/source';
import { QUESTION_TYPES, type QuestionType } from '../bank/types';
import { validateBank, type ValidationResult } from '../bank/validate';
import { DEFAULT_TOPIC } from './text';
import { formatNames, summarise } from './strings';
import type { ImportFormat, ImportResult, InteropNote } from './types';

/** The title the collector gives a file with no name, no deck and no title of its own. */
const UNNAMED = 'Zaimportowany zestaw';

/** The contents of an import, as the teacher sees them before saving. */
export interface ImportPreview {
	format: ImportFormat;
	/** "GIFT (Moodle)". */
	formatName: string;
	/** A title to start from: the file's name, Anki's deck, else the first category. */
	title: string;
	/** Number of questions of each type present, in the app's order of types. */
	questionsByType: { type: QuestionType; count: number }[];
	cardCount: number;
	/** One line per kind of skipped item: "3 pytania typu esej pominięte". */
	skippedSummary: string[];
	/** Every skipped item: where it stands in the file and why. */
	skipped: InteropNote[];
	/** Broken places of the file, each naming the line or question. */
	problems: InteropNote[];
	/** Items taken with a loss (a picture dropped, partial credit rounded). */
	notes: InteropNote[];
	/** Why the whole file was refused (too big, not text, unknown format), or ''. */
	refused: string;
	/** True when there is something to save. */
	canSave: boolean;
}

export function importPreview(result: ImportResult): ImportPreview {
	const { bank } = result;
	const refused = result.errors.find((e) => e.where === 'plik')?.reason ?? '';
	const category = bank.topics.find((t) => t.id !== DEFAULT_TOPIC.id)?.label;
	const title = bank.title && bank.title !== UNNAMED ? bank.title : (category ?? UNNAMED);
	const itemCount = bank.questions.length + bank.cards.length;
	return {
		format: result.format,
		formatName: formatNames[result.format],
		title,
		questionsByType: QUESTION_TYPES.map((type) => ({
			type,
			count: bank.questions.filter((q) => q.type === type).length
		})).filter((t) => t.count > 0),
		cardCount: bank.cards.length,
		skippedSummary: summarise(result.skipped),
		skipped: result.skipped,
		problems: refused ? [] : result.errors,
		notes: result.notes,
		refused,
		canSave: !refused && itemCount > 0
	};
}

/** The id an imported bank asks for, from its title: "Biologia — klasa 7" → `biologia-klasa-7`. */
export function importedBankId(title: string): string {
	return slugify(title, 40, 'zestaw');
}

/**
 * The bank an import becomes: `source: none`, the given title and id, checked by the bank
 * validator (the importers keep its rules, so a failure here is a defect, reported as usual).
 * @param id the bank's id (a free local id, `moj-…`)
 */
export function bankOfImport(result: ImportResult, title: string, id: string): ValidationResult {
	const { bank } = result;
	return validateBank(
		{
			id,
			title: title.trim(),
			description: bank.description || `Zaimportowany z formatu ${formatNames[result.format]}.`,
			language: 'pl',
			source: NO_SOURCE,
			topics: bank.topics.length ? bank.topics : [DEFAULT_TOPIC],
			questions: bank.questions,
			cards: bank.cards
		},
		'',
		id
	);
}
