/** Shared helpers of the interop tests: the real bank, and what a format is expected to carry. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBankDir } from '$lib/bank/fs';
import type { Bank } from '$lib/bank/types';
import { validateBank } from '$lib/bank/validate';
import { collapseSpace, evidenceList } from '$lib/interop/text';
import type { InteropBank, InteropCard, InteropQuestion } from '$lib/interop/types';

export const realBank: Bank = loadBankDir(process.cwd(), 'kazachstan-2022-11').bank;

export function fixture(name: string): string {
	return readFileSync(join('tests/fixtures/interop', name), 'utf8');
}

export function fixtureBytes(name: string): Uint8Array {
	return new Uint8Array(readFileSync(join('tests/fixtures/interop', name)));
}

export interface Carry {
	/** The format keeps every topic (else only the first). */
	allTopics?: boolean;
	/** The format keeps the numeric unit. */
	unit?: boolean;
	/** The format keeps explanation and evidence. */
	feedback?: boolean;
	/** The format keeps item ids. */
	ids?: boolean;
	/** The format keeps difficulty. */
	difficulty?: boolean;
}

const label = (bank: InteropBank, id: string) => bank.topics.find((t) => t.id === id)?.label ?? id;

/** A question as a format carries it: topics by label, evidence as a list, dropped fields gone. */
export function carriedQuestion(
	q: InteropQuestion,
	bank: InteropBank,
	carry: Carry
): Record<string, unknown> {
	const { evidence, explanation, topics, difficulty, id, ...rest } = q;
	const view: Record<string, unknown> = { ...rest };
	if (carry.ids) view.id = id;
	if (carry.difficulty) view.difficulty = difficulty;
	const labels = topics.map((t) => label(bank, t));
	view.topics = carry.allTopics ? labels : labels.slice(0, 1);
	if (view.type === 'numeric' && !carry.unit) view.unit = '';
	if (carry.feedback) {
		if (explanation) view.explanation = collapseSpace(explanation);
		const quotes = evidenceList(evidence);
		if (quotes.length) view.evidence = quotes;
	}
	return view;
}

export function carriedCard(
	c: InteropCard,
	bank: InteropBank,
	carry: Carry
): Record<string, unknown> {
	const { evidence, topics, id, kind, ...rest } = c;
	const view: Record<string, unknown> = { ...rest, kind: kind ?? 'basic' };
	if (carry.ids) view.id = id;
	const labels = topics.map((t) => label(bank, t));
	view.topics = carry.allTopics ? labels : labels.slice(0, 1);
	if (carry.feedback) {
		const quotes = evidenceList(evidence);
		if (quotes.length) view.evidence = quotes;
	}
	return view;
}

/**
 * Turns an imported bank into a built-in one (a made-up source text holding every prompt and
 * quote) and runs the bank validator over it: imports must only yield items it accepts.
 */
export function validateImported(bank: InteropBank): string[] {
	const quotes: string[] = [];
	const withEvidence = <T extends { evidence?: string | string[] }>(item: T, fallback: string) => {
		const list = evidenceList(item.evidence);
		const ev = list.length ? list : [collapseSpace(fallback)];
		quotes.push(...ev);
		return { ...item, evidence: ev };
	};
	const raw = {
		id: 'zaimportowany',
		title: bank.title,
		description: bank.description || 'opis',
		language: 'pl',
		source: 'source.md',
		topics: bank.topics,
		questions: bank.questions.map((q) => ({
			...withEvidence(q, q.prompt),
			explanation: q.explanation ?? 'brak'
		})),
		cards: bank.cards.map((c) => withEvidence(c, c.front))
	};
	const result = validateBank(raw, quotes.join('\n\n'), 'import');
	return result.ok ? [] : result.problems.map((p) => `${p.id}: ${p.rule}`);
}

/** Items sorted by id, for comparing banks whose formats group items differently. */
export function byId<T extends Record<string, unknown>>(items: T[]): T[] {
	return [...items].sort((a, b) => String(a.id).localeCompare(String(b.id)));
}
