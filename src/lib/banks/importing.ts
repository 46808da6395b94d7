/**
 * What "Dodaj zestaw" shows about a validated bank file and which id it will get. Pure.
 */
import {
	QUESTION_TYPES,
	type Bank,
	type LoadedBank,
	type QuestionType,
	type SourceBlock
} from '../bank/types';
import { hasSourceText } from '../bank/source';
import { freeId, localIdFor } from './ids';

/** The contents of a bank file, as the teacher sees them before saving. */
export interface BankPreview {
	title: string;
	description: string;
	/** Number of questions of each type present, in the app's order of types. */
	questionsByType: { type: QuestionType; count: number }[];
	cardCount: number;
	/** The text's paragraphs and headings, in order. */
	blocks: { kind: SourceBlock['kind']; text: string }[];
	paragraphCount: number;
	/** False for a bank declared `source: none`. */
	hasText: boolean;
}

export function previewOf({ bank, blocks }: LoadedBank): BankPreview {
	return {
		title: bank.title,
		description: bank.description,
		questionsByType: QUESTION_TYPES.map((type) => ({
			type,
			count: bank.questions.filter((q) => q.type === type).length
		})).filter((t) => t.count > 0),
		cardCount: bank.cards.length,
		blocks: blocks.map(({ kind, text }) => ({ kind, text })),
		paragraphCount: blocks.filter((b) => b.kind === 'paragraph').length,
		hasText: hasSourceText(bank)
	};
}

/** Where an imported bank can go. */
export interface ImportTarget {
	/** The local id the file's id maps to (`rzeki` → `moj-rzeki`). */
	id: string;
	/** True when a bank with `id` is already on the device: replace it or keep both. */
	exists: boolean;
	/** The first free id for "keep both" (`moj-rzeki-2`). */
	copyId: string;
}

/** The target of importing `bank` when `taken` ids are in use. */
export function importTarget(bank: Bank, taken: ReadonlySet<string>): ImportTarget {
	const id = localIdFor(bank.id);
	return { id, exists: taken.has(id), copyId: freeId(id, taken) };
}
