/** A proposal as one line of text for the review list: what is asked and what answers it. */
import type { Card, Question } from '$lib/bank/types';
import type { Proposal } from './types';

export interface ProposalSummary {
	/** The question, the cloze text with gaps as "___", or the card's front. */
	ask: string;
	/** The right answer, readable. */
	answer: string;
}

export function summarise(p: Proposal): ProposalSummary {
	return summariseItem(p.item.kind === 'card' ? p.item.card : p.item.question);
}

/** A question or flashcard as one line of text: what is asked and what answers it. */
export function summariseItem(item: Question | Card): ProposalSummary {
	if (!('type' in item)) return { ask: item.front, answer: item.back };
	const q = item;
	switch (q.type) {
		case 'cloze':
			return {
				ask: `${q.prompt} ${q.text.replace(/\{\d+\}/g, '___')}`,
				answer: q.gaps.map((g) => g[0]).join('; ')
			};
		case 'single':
		case 'multiple':
			return {
				ask: `${q.prompt} (${q.options.map((o) => o.text).join(' / ')})`,
				answer: q.options
					.filter((o) => o.correct)
					.map((o) => o.text)
					.join('; ')
			};
		case 'true-false':
			return { ask: q.prompt, answer: q.answer ? 'Prawda' : 'Fałsz' };
		case 'short':
			return { ask: q.prompt, answer: q.answers.join(' / ') };
		case 'numeric':
			return { ask: q.prompt, answer: `${String(q.answer).replace('.', ',')} ${q.unit}`.trim() };
		case 'order':
			return { ask: q.prompt, answer: q.items.join(' → ') };
		case 'match':
			return { ask: q.prompt, answer: q.pairs.map((x) => `${x.left} — ${x.right}`).join('; ') };
	}
}
