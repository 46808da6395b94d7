/**
 * The review of proposals before anything is saved: which proposals are accepted, rejected or
 * still waiting, and the bank made from the accepted ones. Pure: the review screen keeps one
 * `ReviewState` and replaces it with what these functions return.
 */
import type { Bank } from '$lib/bank/types';
import type { ValidationResult } from '$lib/bank/validate';
import { bankOf, checkBank, itemsOf, type BankMeta } from './bank';
import type { Proposal, ProposalRule, Proposals } from './types';

export type Verdict = 'pending' | 'accepted' | 'rejected';

/** Verdict per proposal id. */
export type ReviewState = Readonly<Record<string, Verdict>>;

/** Every proposal waiting. */
export function startReview(made: Proposals): ReviewState {
	return Object.fromEntries(made.proposals.map((p) => [p.id, 'pending' as const]));
}

export function judge(state: ReviewState, id: string, verdict: Verdict): ReviewState {
	return id in state ? { ...state, [id]: verdict } : state;
}

/** "Zatwierdź wszystkie tego rodzaju": accepts every waiting proposal of one rule. */
export function acceptAllOfRule(
	state: ReviewState,
	made: Proposals,
	rule: ProposalRule
): ReviewState {
	const next = { ...state };
	for (const p of made.proposals)
		if (p.rule === rule && next[p.id] === 'pending') next[p.id] = 'accepted';
	return next;
}

/** The rules that still have waiting proposals, in the order they first appear. */
export function pendingRules(state: ReviewState, made: Proposals): ProposalRule[] {
	return [...new Set(made.proposals.filter((p) => state[p.id] === 'pending').map((p) => p.rule))];
}

/** Proposals grouped by paragraph anchor, in text order. */
export function byParagraph(made: Proposals): Map<string, Proposal[]> {
	const groups = new Map<string, Proposal[]>(made.paragraphs.map((p) => [p.anchor, []]));
	for (const p of made.proposals) groups.get(p.paragraph)?.push(p);
	return groups;
}

export interface ReviewCounts {
	accepted: number;
	rejected: number;
	pending: number;
}

export function counts(state: ReviewState): ReviewCounts {
	const c = { accepted: 0, rejected: 0, pending: 0 };
	for (const v of Object.values(state)) c[v]++;
	return c;
}

/** The bank of the accepted proposals and its validation against the text. */
export function acceptedBank(
	state: ReviewState,
	made: Proposals,
	meta: BankMeta
): { bank: Bank; validation: ValidationResult } {
	const { questions, cards } = itemsOf(made.proposals.filter((p) => state[p.id] === 'accepted'));
	const bank = bankOf(meta, made, questions, cards);
	return { bank, validation: checkBank(bank, made.sourceText) };
}
