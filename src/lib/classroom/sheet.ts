/**
 * How a question looks on paper and on the projector: options in a fixed shuffled order (the
 * bank lists the right option or the right order first), and the correct answer as text.
 * The same seed gives the worksheet and the answer key the same order.
 */
import type { Question } from '../bank/types';
import { seededRandom, shuffled } from './config';

export interface SheetChoice {
	text: string;
	correct: boolean;
}

export type SheetBody =
	| { kind: 'choice'; multiple: boolean; options: SheetChoice[] }
	| { kind: 'blank'; unit: string }
	| { kind: 'match'; left: string[]; right: string[]; answer: string[] }
	| { kind: 'order'; items: string[]; answer: string[] }
	| { kind: 'cloze'; parts: ({ text: string } | { gap: number })[] };

export interface SheetQuestion {
	id: string;
	prompt: string;
	body: SheetBody;
	/** The correct answer, readable on its own (for the key and the projector). */
	answer: string;
	explanation: string;
}

/** Letters labelling the right column of a matching question. */
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function formatNumber(n: number): string {
	return new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 6 }).format(n);
}

/** The printable / presentable form of a question. `seed` fixes the order of its options. */
export function sheetQuestion(q: Question, seed: string): SheetQuestion {
	const random = seededRandom(`${seed}:${q.id}`);
	const base = { id: q.id, prompt: q.prompt, explanation: q.explanation };
	switch (q.type) {
		case 'single':
		case 'multiple': {
			const options = shuffled(
				q.options.map((o) => ({ text: o.text, correct: o.correct })),
				random
			);
			return {
				...base,
				body: { kind: 'choice', multiple: q.type === 'multiple', options },
				answer: options
					.filter((o) => o.correct)
					.map((o) => o.text)
					.join('; ')
			};
		}
		case 'true-false':
			return {
				...base,
				body: {
					kind: 'choice',
					multiple: false,
					options: [
						{ text: 'Prawda', correct: q.answer },
						{ text: 'Fałsz', correct: !q.answer }
					]
				},
				answer: q.answer ? 'Prawda' : 'Fałsz'
			};
		case 'short':
			return { ...base, body: { kind: 'blank', unit: '' }, answer: q.answers.join(' / ') };
		case 'numeric': {
			const unit = q.unit ? ` ${q.unit}` : '';
			const tol = q.tolerance > 0 ? ` (± ${formatNumber(q.tolerance)})` : '';
			return {
				...base,
				body: { kind: 'blank', unit: q.unit },
				answer: `${formatNumber(q.answer)}${unit}${tol}`
			};
		}
		case 'match': {
			const right = shuffled(
				q.pairs.map((p) => p.right),
				random
			);
			const answer = q.pairs.map(
				(p, i) => `${i + 1} – ${LETTERS[right.indexOf(p.right)]} (${p.left} — ${p.right})`
			);
			return {
				...base,
				body: { kind: 'match', left: q.pairs.map((p) => p.left), right, answer },
				answer: answer.join('; ')
			};
		}
		case 'order': {
			let items = shuffled(q.items, random);
			// Never print the items already in the right order.
			if (items.every((it, i) => it === q.items[i]))
				items = [...items.slice(1), items[0] as string];
			return {
				...base,
				body: { kind: 'order', items, answer: q.items },
				answer: q.items.join(' → ')
			};
		}
		case 'cloze': {
			const parts: ({ text: string } | { gap: number })[] = [];
			let last = 0;
			for (const m of q.text.matchAll(/\{(\d+)\}/g)) {
				if (m.index > last) parts.push({ text: q.text.slice(last, m.index) });
				parts.push({ gap: Number(m[1]) });
				last = m.index + m[0].length;
			}
			if (last < q.text.length) parts.push({ text: q.text.slice(last) });
			return {
				...base,
				body: { kind: 'cloze', parts },
				answer: q.gaps.map((g, i) => `(${i + 1}) ${g[0]}`).join('; ')
			};
		}
	}
}
