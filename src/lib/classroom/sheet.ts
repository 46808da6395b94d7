/**
 * How a question looks on paper and on the projector: options in the order the quiz engine
 * shows them to students for the quiz's seed (the bank lists the right option or the right
 * order first), and the correct answer as text. The worksheet and the key share the order.
 */
import { parseCloze } from '../bank/cloze';
import type { Question } from '../bank/types';
import { formatNumber } from '../format';
import { orderFor, selectQuestions } from '../quiz/select';
import type { ClassroomConfig } from './config';

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

/**
 * The questions of a classroom quiz in the order students see them when every student gets
 * the same order (with per-student shuffling, in the teacher's order).
 */
export function classroomQuestions(
	config: ClassroomConfig,
	bankQuestions: readonly Question[]
): Question[] {
	const byId = new Map(bankQuestions.map((q) => [q.id, q]));
	if (config.shuffle) return config.questionIds.flatMap((id) => byId.get(id) ?? []);
	return selectQuestions(
		bankQuestions,
		{
			count: 'all',
			topics: [],
			types: [],
			difficulties: [],
			mode: config.mode,
			timeLimitMinutes: config.timeLimitMinutes,
			shuffleOptions: true,
			questionIds: [...config.questionIds]
		},
		config.seed
	).questions;
}

/**
 * The printable / presentable form of a question. `seed` fixes the order of its options, the
 * same way the quiz engine orders them for a student with that seed.
 */
export function sheetQuestion(q: Question, seed: string): SheetQuestion {
	const order = orderFor(q, seed, true);
	const pick = <T>(list: readonly T[]): T[] =>
		order.length === list.length ? order.map((i) => list[i] as T) : [...list];
	const base = { id: q.id, prompt: q.prompt, explanation: q.explanation };
	switch (q.type) {
		case 'single':
		case 'multiple': {
			const options = pick(q.options.map((o) => ({ text: o.text, correct: o.correct })));
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
			const tol = q.tolerance > 0 ? ` (± ${formatNumber(q.tolerance, 6)})` : '';
			return {
				...base,
				body: { kind: 'blank', unit: q.unit },
				answer: `${formatNumber(q.answer, 6)}${unit}${tol}`
			};
		}
		case 'match': {
			const right = pick(q.pairs.map((p) => p.right));
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
			// The engine never starts an ordering question in the right order.
			const items = pick(q.items);
			return {
				...base,
				body: { kind: 'order', items, answer: q.items },
				answer: q.items.join(' → ')
			};
		}
		case 'cloze': {
			const parts = parseCloze(q.text).map((p) =>
				p.kind === 'text' ? { text: p.text } : { gap: p.n }
			);
			return {
				...base,
				body: { kind: 'cloze', parts },
				answer: q.gaps.map((g, i) => `(${i + 1}) ${g[0]}`).join('; ')
			};
		}
	}
}
