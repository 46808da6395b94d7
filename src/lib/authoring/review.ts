/**
 * The review of proposals before anything is saved: which proposals are accepted, rejected or
 * still waiting, and the bank made from the accepted ones. Pure: the review screen keeps one
 * `ReviewState` and replaces it with what these functions return.
 */
import { normaliseSpace } from '$lib/bank/source';
import type { Bank, Card, Question } from '$lib/bank/types';
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

/** The anchor of the paragraph that holds `quote` (the first paragraph when none does). */
export function paragraphOf(made: Pick<Proposals, 'paragraphs'>, quote: string): string {
	const wanted = normaliseSpace(quote);
	return (
		made.paragraphs.find((p) => p.text.includes(wanted))?.anchor ?? made.paragraphs[0]?.anchor ?? ''
	);
}

function quotesOf(item: Question | Card): string[] {
	return item.evidence === undefined ? [] : ([] as string[]).concat(item.evidence);
}

/** The proposals with proposal `id`'s item replaced by an edited one (its id is kept). */
export function editProposal(made: Proposals, id: string, item: Question | Card): Proposals {
	const evidence = quotesOf(item);
	return {
		...made,
		proposals: made.proposals.map((p) =>
			p.id === id
				? {
						...p,
						evidence,
						paragraph: paragraphOf(made, evidence[0] ?? ''),
						item:
							'type' in item
								? { kind: 'question', question: { ...item, id } }
								: { kind: 'card', card: { ...item, id } }
					}
				: p
		)
	};
}

/** The proposals with an item written by hand added, in the paragraph of its first quote. */
export function addManual(made: Proposals, item: Question | Card): Proposals {
	const evidence = quotesOf(item);
	const proposal: Proposal = {
		id: item.id,
		rule: 'manual',
		paragraph: paragraphOf(made, evidence[0] ?? ''),
		evidence,
		answers: [],
		item: 'type' in item ? { kind: 'question', question: item } : { kind: 'card', card: item }
	};
	return { ...made, proposals: [...made.proposals, proposal] };
}

/** The review with proposal `id` accepted, also when it was just added. */
export function accept(state: ReviewState, id: string): ReviewState {
	return { ...state, [id]: 'accepted' };
}
