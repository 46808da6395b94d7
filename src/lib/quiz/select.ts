/**
 * Picking and ordering the questions of a quiz. Deterministic: the same seed and options give
 * the same questions, in the same order, with the same answer order.
 */
import { rngFromSeed, shuffle, type Rng } from './rng';
import type { Question, QuizOptions } from './types';

/** What selection reads of a question (every `Question` is one). */
export interface SelectableQuestion {
	id: string;
	type: string;
	topics: readonly string[];
	/** 1 (easy) … 3 (hard). */
	difficulty: number;
	/** Ids of questions that must not share a quiz with this one (one shows the other's answer). */
	excludes?: readonly string[];
}

/** Questions that pass the filters of `options`, in bank order (explicit ids: in their order). */
export function matchingQuestions<Q extends SelectableQuestion>(
	questions: readonly Q[],
	options: Pick<QuizOptions, 'topics' | 'types' | 'difficulties' | 'questionIds'>
): Q[] {
	if (options.questionIds) {
		const byId = new Map(questions.map((q) => [q.id, q]));
		return options.questionIds.flatMap((id) => {
			const q = byId.get(id);
			return q ? [q] : [];
		});
	}
	const topics = new Set(options.topics);
	const types = new Set(options.types);
	const diffs = new Set<number>(options.difficulties);
	return questions.filter(
		(q) =>
			(topics.size === 0 || q.topics.some((t) => topics.has(t))) &&
			(types.size === 0 || types.has(q.type)) &&
			(diffs.size === 0 || diffs.has(q.difficulty))
	);
}

/**
 * Shown order for one question: indices into `options` (single, multiple), into `pairs`
 * (match: order of the right-hand column) or into `items` (order: the starting order, never
 * already correct when avoidable). Empty for types with nothing to order.
 */
export function orderFor(question: Question, seed: string, shuffleOptions: boolean): number[] {
	const rng = rngFromSeed(`${seed}:${question.id}`);
	switch (question.type) {
		case 'single':
		case 'multiple': {
			const n = question.options.length;
			return shuffleOptions ? shuffle(n, rng) : identity(n);
		}
		case 'match':
			return derange(question.pairs.length, rng);
		case 'order':
			return derange(question.items.length, rng);
		default:
			return [];
	}
}

function identity(n: number): number[] {
	return Array.from({ length: n }, (_, i) => i);
}

/** A shuffle that is not the identity (when n > 1). */
function derange(n: number, rng: Rng): number[] {
	for (let attempt = 0; attempt < 20; attempt++) {
		const p = shuffle(n, rng);
		if (n < 2 || p.some((v, i) => v !== i)) return p;
	}
	return identity(n).reverse();
}

/** A quiz ready to run: its questions in order and the shown order of each one's parts. */
export interface SelectedQuiz {
	questions: Question[];
	/** question id → shown order (see `orderFor`). */
	orders: Record<string, number[]>;
}

/**
 * Keeps questions in the given order, dropping every one that a question kept before it
 * declares in `excludes` or that declares one kept before it (one shows the other's answer).
 */
export function withoutExcluded<Q extends SelectableQuestion>(questions: readonly Q[]): Q[] {
	const kept: Q[] = [];
	const barred = new Set<string>();
	for (const q of questions) {
		if (barred.has(q.id) || q.excludes?.some((id) => kept.some((k) => k.id === id))) continue;
		kept.push(q);
		for (const id of q.excludes ?? []) barred.add(id);
	}
	return kept;
}

/** The questions ordered by how many others they are declared with (stable, fewest first). */
function byFewestPartners(questions: readonly Question[]): Question[] {
	const partners = new Map<string, number>(questions.map((q) => [q.id, 0]));
	for (const q of questions) {
		for (const id of q.excludes ?? []) {
			if (!partners.has(id)) continue;
			partners.set(q.id, (partners.get(q.id) ?? 0) + 1);
			partners.set(id, (partners.get(id) ?? 0) + 1);
		}
	}
	return questions
		.map((q, i) => ({ q, i }))
		.sort((a, b) => (partners.get(a.q.id) ?? 0) - (partners.get(b.q.id) ?? 0) || a.i - b.i)
		.map((x) => x.q);
}

/**
 * Chooses the questions of a quiz: filters by `options` (or takes exactly
 * `options.questionIds`), shuffles them with the seed and takes `options.count`. A drawn quiz
 * never holds two questions declared in `excludes`; an explicit list of ids is taken as is.
 */
export function selectQuestions(
	questions: readonly Question[],
	options: QuizOptions,
	seed: string
): SelectedQuiz {
	const pool = matchingQuestions(questions, options);
	const rng = rngFromSeed(seed);
	const shuffled = shuffle(pool.length, rng).map((i) => pool[i] as Question);
	const wantsAll = options.count === 'all' || options.count >= pool.length;
	let picked = shuffled;
	if (!options.questionIds) {
		// For "all" keep as many as possible: settle the questions with the fewest declared
		// partners first, then show the kept ones in the shuffled order.
		const kept = new Set(withoutExcluded(wantsAll ? byFewestPartners(shuffled) : shuffled));
		picked = shuffled.filter((q) => kept.has(q));
	}
	const limit = options.questionIds || options.count === 'all' ? picked.length : options.count;
	const chosen = picked.slice(0, Math.max(0, limit));
	const orders: Record<string, number[]> = {};
	for (const q of chosen) orders[q.id] = orderFor(q, seed, options.shuffleOptions);
	return { questions: chosen, orders };
}

/**
 * What a set-up form's options would ask: the number of matching questions and the number
 * the quiz takes of them. On the form an empty filter means nothing (not every), so a filter
 * with nothing ticked matches no question.
 */
export function setupCount(
	questions: readonly SelectableQuestion[],
	options: Pick<QuizOptions, 'count' | 'topics' | 'types' | 'difficulties'>
): { available: number; asked: number } {
	const { topics, types, difficulties, count } = options;
	const available =
		topics.length && types.length && difficulties.length
			? matchingQuestions(questions, { topics, types, difficulties }).length
			: 0;
	return { available, asked: count === 'all' ? available : Math.min(count, available) };
}

/** Default set-up: 10 questions, every topic, type and difficulty, practice, shuffled answers. */
export function defaultOptions(): QuizOptions {
	return {
		count: 10,
		topics: [],
		types: [],
		difficulties: [],
		mode: 'practice',
		timeLimitMinutes: 0,
		shuffleOptions: true
	};
}
