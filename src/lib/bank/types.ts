/**
 * The question-bank format, as the browser sees it after build-time validation.
 * The valibot schema in `schema.ts` is the source of truth; these types are inferred from it.
 */
import type * as v from 'valibot';
import type { BankSchema, CardSchema, QuestionSchema, OptionSchema, TopicSchema } from './schema';

export type Bank = v.InferOutput<typeof BankSchema>;
export type Question = v.InferOutput<typeof QuestionSchema>;
export type Card = v.InferOutput<typeof CardSchema>;
export type Option = v.InferOutput<typeof OptionSchema>;
export type Topic = v.InferOutput<typeof TopicSchema>;

/** One of the eight question types. */
export type QuestionType = Question['type'];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

export const QUESTION_TYPES = [
	'single',
	'multiple',
	'true-false',
	'short',
	'numeric',
	'match',
	'order',
	'cloze'
] as const satisfies readonly QuestionType[];

/**
 * A block of the source text: a section heading, a paragraph of the body, or a photo caption
 * (shown as "Podpis zdjęcia", quotable as evidence, not counted among the paragraphs).
 */
export interface SourceBlock {
	kind: 'heading' | 'paragraph' | 'caption';
	/** Anchor id: `p-3` for the third paragraph, `s-2` for the second heading, `f-1` for the first caption. */
	anchor: string;
	/** 1-based number among blocks of the same kind. */
	n: number;
	/** The text with whitespace collapsed to single spaces. */
	text: string;
}

/** Where one evidence quote of an item stands in the source. */
export interface EvidenceSpot {
	anchor: string;
	quote: string;
}

/** A validated bank together with its parsed source, ready to prerender. */
export interface LoadedBank {
	bank: Bank;
	blocks: SourceBlock[];
	/** For every question and card id: where each of its evidence quotes stands. */
	evidence: Record<string, EvidenceSpot[]>;
}

/** What the home page shows about a bank. */
export interface BankSummary {
	id: string;
	title: string;
	description: string;
	questionCount: number;
	cardCount: number;
	paragraphCount: number;
	/** Card ids, so the home page can count what is due without loading the whole bank. */
	cardIds: string[];
}
