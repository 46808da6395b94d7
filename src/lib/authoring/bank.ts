/**
 * From reviewed proposals to a bank: the accepted questions and cards, the topics they use
 * and the source text, checked by the same validator as every other bank.
 */
import type { Bank, Card, Question } from '$lib/bank/types';
import { validateBank, type ValidationResult } from '$lib/bank/validate';
import { slugify } from '../bank/slug';
import type { Proposal, Proposals } from './types';

/** What the person names and describes when saving. */
export interface BankMeta {
	/** The bank's id; a local bank's id must not collide with a built-in one. */
	id: string;
	title: string;
	description?: string;
}

/** A local bank id from its title: `moj-` + slug, so it never equals a built-in bank's id. */
export function localBankId(title: string, taken: ReadonlySet<string> = new Set()): string {
	const base = `moj-${slugify(title, 40, 'zestaw')}`;
	let id = base;
	for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
	return id;
}

/** The title a file's name suggests: "lekcja_5-rzeki.md" → "lekcja 5 rzeki". */
export function titleFromFileName(name: string): string {
	return name
		.replace(/\.[^.]*$/, '')
		.replace(/[_-]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The questions and cards of a list of proposals. */
export function itemsOf(proposals: readonly Proposal[]): { questions: Question[]; cards: Card[] } {
	const questions: Question[] = [];
	const cards: Card[] = [];
	for (const p of proposals) {
		if (p.item.kind === 'question') questions.push(p.item.question);
		else cards.push(p.item.card);
	}
	return { questions, cards };
}

/**
 * The bank object (as it would stand in `bank.yaml`) for the accepted items. Only topics
 * that some item uses are kept.
 */
export function bankOf(
	meta: BankMeta,
	made: Pick<Proposals, 'topics'>,
	questions: readonly Question[],
	cards: readonly Card[]
): Bank {
	const used = new Set([...questions, ...cards].flatMap((i) => i.topics));
	const topics = made.topics.filter((t) => used.has(t.id));
	return {
		id: meta.id,
		title: meta.title,
		description: meta.description?.trim() || `Zestaw z tekstu „${meta.title}”.`,
		language: 'pl',
		source: 'source.md',
		attribution: '',
		date: '',
		topics: topics.length ? topics : made.topics.slice(0, 1),
		questions: [...questions],
		cards: [...cards]
	};
}

/** Validates the bank against its text, as the browser does for every local bank. */
export function checkBank(bank: Bank, sourceText: string): ValidationResult {
	return validateBank(bank, sourceText, `${bank.id}/bank.yaml`);
}
