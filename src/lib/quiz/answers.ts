/**
 * Answer editing: pure functions that take an answer (as stored, see `QuizAnswer`) and an
 * edit, and return the new answer. The question components only call these and pass the
 * result on; an answer with nothing in it becomes `null` (not answered).
 */
import type { QuestionOf, QuizAnswer } from './types';

/** Indices `0..n-1` in shown order: `order` when it is a permutation of them, else as is. */
export function shownIndices(n: number, order: readonly number[]): number[] {
	return order.length === n ? [...order] : Array.from({ length: n }, (_, i) => i);
}

/** `multiple`: the chosen option indices. */
export function chosenOptions(answer: QuizAnswer): number[] {
	return Array.isArray(answer) ? answer.filter((a): a is number => typeof a === 'number') : [];
}

/** `multiple`: the answer with option `index` ticked (`on`) or unticked; sorted, no repeats. */
export function toggleOption(answer: QuizAnswer, index: number, on: boolean): number[] {
	const current = chosenOptions(answer);
	const next = on ? [...new Set([...current, index])] : current.filter((i) => i !== index);
	return next.sort((a, b) => a - b);
}

/** `match`: for each left item, the index of the right side paired with it, or null. */
export function matchPairs(q: QuestionOf<'match'>, answer: QuizAnswer): (number | null)[] {
	const a = Array.isArray(answer) ? answer : [];
	return q.pairs.map((_, i) => {
		const r = a[i];
		return typeof r === 'number' ? r : null;
	});
}

/** `match`: pairs left item `left` with right side `right` (taking it from any other pair). */
export function pairMatch(
	q: QuestionOf<'match'>,
	answer: QuizAnswer,
	left: number,
	right: number
): (number | null)[] {
	const next = matchPairs(q, answer).map((r) => (r === right ? null : r));
	next[left] = right;
	return next;
}

/** `match`: removes the pair of left item `left`; null once no pair is left. */
export function unpairMatch(
	q: QuestionOf<'match'>,
	answer: QuizAnswer,
	left: number
): (number | null)[] | null {
	const next = matchPairs(q, answer);
	next[left] = null;
	return next.every((r) => r === null) ? null : next;
}

/**
 * `match`: the number shown on both tiles of the pair of left item `left` (1 for the first
 * paired left item, 2 for the next, …), or 0 when it is not paired.
 */
export function pairNumber(pairs: readonly (number | null)[], left: number): number {
	if (left < 0 || pairs[left] === null || pairs[left] === undefined) return 0;
	return pairs.slice(0, left + 1).filter((r) => r !== null).length;
}

/** `order`: the items (indices) as arranged: the answer when complete, else the shown order. */
export function arrangedItems(
	q: QuestionOf<'order'>,
	answer: QuizAnswer,
	order: readonly number[]
): number[] {
	const n = q.items.length;
	const a = chosenOptions(answer);
	return a.length === n ? a : shownIndices(n, order);
}

/** `order`: `list` with the item at position `from` moved to position `to` (else unchanged). */
export function moveItem(list: readonly number[], from: number, to: number): number[] {
	const next = [...list];
	if (from < 0 || from >= next.length || to < 0 || to >= next.length || from === to) return next;
	const [item] = next.splice(from, 1) as [number];
	next.splice(to, 0, item);
	return next;
}

/** `cloze`: the typed text of gap `n` (numbered from 1), '' when empty. */
export function gapText(answer: QuizAnswer, n: number): string {
	const v = Array.isArray(answer) ? answer[n - 1] : undefined;
	return typeof v === 'string' ? v : '';
}

/** `cloze`: the answer with gap `n` (from 1) set to `value`; null once every gap is blank. */
export function fillGap(q: QuestionOf<'cloze'>, answer: QuizAnswer, n: number, value: string) {
	const next = q.gaps.map((_, i) => gapText(answer, i + 1));
	if (n >= 1 && n <= next.length) next[n - 1] = value;
	return next.every((x) => x.trim() === '') ? null : next;
}

/** `short`, `numeric`: the typed text as an answer ('' is not answered). */
export function typedAnswer(value: string): string | null {
	return value === '' ? null : value;
}
