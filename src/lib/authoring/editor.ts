/**
 * The item editor's rules, framework-free: the form a person fills in for a question of any of
 * the eight types or a flashcard, the item it makes, the form of an existing item, and the
 * bank validator's problems mapped to the form's fields in Polish. The same form edits a
 * proposal, writes a new item by hand and edits a bank on the device later.
 */
import { freeId } from '../banks/ids';
import type { Bank, Card, Question, QuestionType, Topic } from '../bank/types';
import { slugify } from '../bank/slug';
import { normaliseSpace } from '../bank/source';
import { validateBank } from '../bank/validate';
import { editorStrings as t } from './strings';

/** Fields of the form that a problem can point at; `general` is the form as a whole. */
export type FormField =
	| 'general'
	| 'type'
	| 'prompt'
	| 'evidence'
	| 'explanation'
	| 'topic'
	| 'options'
	| 'answers'
	| 'number'
	| 'tolerance'
	| 'written'
	| 'pairs'
	| 'items'
	| 'clozeText'
	| 'gaps'
	| 'front'
	| 'back';

/** Problems per field, in Polish, shown next to the fields. */
export type FieldProblems = Partial<Record<FormField, string[]>>;

/**
 * What the form holds. Lists that are typed one per line (accepted answers, order, written
 * forms, gaps) are kept as the text of their field, so the form never loses what was typed
 * while switching between types.
 */
export interface ItemForm {
	kind: 'question' | 'card';
	/** The item's id; '' for a new item (`itemOf` chooses a free one). */
	id: string;
	type: QuestionType;
	prompt: string;
	/** Quotes, each verbatim from the text. */
	evidence: string[];
	explanation: string;
	/** The topic id. */
	topic: string;
	difficulty: 1 | 2 | 3;
	/** single / multiple. */
	options: { text: string; correct: boolean }[];
	/** true-false: the statement in `prompt` is true. */
	truth: boolean;
	/** short: accepted answers, one per line; the first is shown as correct. */
	answers: string;
	/** numeric: the answer as typed ("3,5", "7 598"). */
	number: string;
	/** numeric: the largest accepted difference, in `unit`s. */
	tolerance: string;
	unit: string;
	/** numeric: the answer as the text writes it, one per line. */
	written: string;
	pairs: { left: string; right: string }[];
	/** order: the items in their correct order, one per line. */
	items: string;
	/** cloze: the sentence with gaps `{1}`, `{2}`, … */
	clozeText: string;
	/** cloze: one line per gap, accepted answers separated by `;`. */
	gaps: string;
	front: string;
	back: string;
	cardKind: 'basic' | 'cloze';
	/** Kept from the edited question (the editor does not change them). */
	excludes?: string[];
}

const lines = (text: string) =>
	text
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);

/** An empty form for a new question (of `type`) or flashcard in `topic`. */
export function emptyForm(
	kind: 'question' | 'card',
	topic: string,
	evidence: string[] = [],
	type: QuestionType = 'single'
): ItemForm {
	return {
		kind,
		id: '',
		type,
		prompt: '',
		evidence: [...evidence],
		explanation: '',
		topic,
		difficulty: 1,
		options: [
			{ text: '', correct: true },
			{ text: '', correct: false },
			{ text: '', correct: false }
		],
		truth: true,
		answers: '',
		number: '',
		tolerance: '0',
		unit: '',
		written: '',
		pairs: [
			{ left: '', right: '' },
			{ left: '', right: '' },
			{ left: '', right: '' }
		],
		items: '',
		clozeText: '',
		gaps: '',
		front: '',
		back: '',
		cardKind: 'basic'
	};
}

/** A number as a Polish reader writes it: "3,5" and "7 598" as well as "3.5". */
export function formatFormNumber(n: number): string {
	return String(n).replace('.', ',');
}

/** The number typed in a field, or null when it is not one. */
export function parseFormNumber(text: string): number | null {
	const clean = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
	if (!/^-?\d+(?:\.\d+)?$/.test(clean)) return null;
	return Number(clean);
}

/** The form for an existing question or flashcard. */
export function formOf(item: Question | Card): ItemForm {
	const evidence = item.evidence === undefined ? [] : ([] as string[]).concat(item.evidence);
	const topic = item.topics[0] ?? '';
	if (!('type' in item)) {
		return {
			...emptyForm('card', topic, evidence),
			id: item.id,
			front: item.front,
			back: item.back,
			cardKind: item.kind
		};
	}
	const form: ItemForm = {
		...emptyForm('question', topic, evidence, item.type),
		id: item.id,
		prompt: item.prompt,
		explanation: item.explanation,
		difficulty: item.difficulty
	};
	if (item.excludes) form.excludes = [...item.excludes];
	switch (item.type) {
		case 'single':
		case 'multiple':
			form.options = item.options.map((o) => ({ text: o.text, correct: o.correct }));
			break;
		case 'true-false':
			form.truth = item.answer;
			break;
		case 'short':
			form.answers = item.answers.join('\n');
			break;
		case 'numeric':
			form.number = formatFormNumber(item.answer);
			form.tolerance = formatFormNumber(item.tolerance);
			form.unit = item.unit;
			form.written = (item.written ?? []).join('\n');
			break;
		case 'match':
			form.pairs = item.pairs.map((p) => ({ ...p }));
			break;
		case 'order':
			form.items = item.items.join('\n');
			break;
		case 'cloze':
			form.clozeText = item.text;
			form.gaps = item.gaps.map((g) => g.join('; ')).join('\n');
			break;
	}
	return form;
}

/** A free id for a new item, from its wording: `q-…` for questions, `c-…` for flashcards. */
export function newItemId(form: ItemForm, taken: ReadonlySet<string>): string {
	const words =
		form.kind === 'card'
			? form.front
			: form.type === 'cloze'
				? form.clozeText.replace(/\{\d+\}/g, ' ')
				: form.prompt;
	const prefix = form.kind === 'card' ? 'c' : 'q';
	return freeId(
		`${prefix}-${slugify(words, 32, form.kind === 'card' ? 'fiszka' : 'pytanie')}`,
		taken
	);
}

export type Built = { ok: true; item: Question | Card } | { ok: false; problems: FieldProblems };

function add(problems: FieldProblems, field: FormField, message: string) {
	(problems[field] ??= []).push(message);
}

/**
 * The item the form describes, or the problems the form itself can tell (numbers that are not
 * numbers, no quote). The rest is checked by the bank validator in `checkItem`.
 * @param taken ids already used in the bank, for a new item's id
 */
export function itemOf(form: ItemForm, taken: ReadonlySet<string>): Built {
	const problems: FieldProblems = {};
	const evidence = form.evidence.map(normaliseSpace).filter(Boolean);
	if (evidence.length === 0) add(problems, 'evidence', t.problem.noEvidence);
	const id = form.id || newItemId(form, taken);
	const quotes = evidence.length === 1 ? (evidence[0] as string) : evidence;
	const topics = form.topic ? [form.topic] : [];
	if (!form.topic) add(problems, 'topic', t.problem.noTopic);

	if (form.kind === 'card') {
		if (Object.keys(problems).length) return { ok: false, problems };
		const card: Card = {
			id,
			front: form.front.trim(),
			back: form.back.trim(),
			kind: form.cardKind,
			evidence: quotes,
			topics
		};
		return { ok: true, item: card };
	}

	const explanation =
		form.explanation.trim() || (evidence[0] ? t.defaultExplanation(evidence[0]) : '');
	const common = {
		id,
		prompt: form.prompt.trim(),
		evidence: quotes,
		explanation,
		topics,
		difficulty: form.difficulty,
		...(form.excludes?.length ? { excludes: [...form.excludes] } : {})
	};
	let question: Question | null = null;
	switch (form.type) {
		case 'single':
		case 'multiple':
			question = {
				...common,
				type: form.type,
				options: form.options
					.filter((o) => o.text.trim())
					.map((o) => ({ text: o.text.trim(), correct: o.correct }))
			};
			break;
		case 'true-false':
			question = { ...common, type: 'true-false', answer: form.truth };
			break;
		case 'short':
			question = { ...common, type: 'short', answers: lines(form.answers) };
			break;
		case 'numeric': {
			const answer = parseFormNumber(form.number);
			const tolerance = form.tolerance.trim() ? parseFormNumber(form.tolerance) : 0;
			if (answer === null) add(problems, 'number', t.problem.notNumber);
			if (tolerance === null) add(problems, 'tolerance', t.problem.notNumber);
			if (answer !== null && tolerance !== null) {
				const written = lines(form.written);
				question = {
					...common,
					type: 'numeric',
					answer,
					tolerance,
					unit: form.unit.trim(),
					...(written.length ? { written } : {})
				};
			}
			break;
		}
		case 'match':
			question = {
				...common,
				type: 'match',
				pairs: form.pairs
					.filter((p) => p.left.trim() || p.right.trim())
					.map((p) => ({ left: p.left.trim(), right: p.right.trim() }))
			};
			break;
		case 'order':
			question = { ...common, type: 'order', items: lines(form.items) };
			break;
		case 'cloze':
			question = {
				...common,
				type: 'cloze',
				text: form.clozeText.trim(),
				gaps: lines(form.gaps).map((line) =>
					line
						.split(';')
						.map((a) => a.trim())
						.filter(Boolean)
				)
			};
			break;
	}
	if (Object.keys(problems).length || !question) return { ok: false, problems };
	return { ok: true, item: question };
}

/** The bank's other items and topics an item is checked with, and the text it quotes. */
export interface ItemContext {
	topics: readonly Topic[];
	questions: readonly Question[];
	cards: readonly Card[];
	sourceText: string;
}

/**
 * The item the form describes, checked by the shared bank validator together with the bank's
 * other items (an edited item replaces the one with its id), or its problems by field.
 */
export function checkItem(form: ItemForm, context: ItemContext): Built {
	const taken = new Set([...context.questions, ...context.cards].map((i) => i.id));
	const built = itemOf(form, taken);
	if (!built.ok) return built;
	const item = built.item;
	const bank: Bank = putItem(
		{
			id: 'moj-sprawdzenie',
			title: 'Sprawdzenie',
			description: 'Sprawdzenie',
			language: 'pl',
			source: 'source.md',
			attribution: '',
			date: '',
			topics: [...context.topics],
			questions: [...context.questions],
			cards: [...context.cards]
		},
		item
	);
	const result = validateBank(bank, context.sourceText, 'bank.yaml');
	if (result.ok) return built;
	const problems: FieldProblems = {};
	for (const p of result.problems) {
		if (p.id !== item.id) continue;
		const shown = fieldProblem(p.rule);
		add(problems, shown.field, shown.message);
	}
	if (!Object.keys(problems).length) add(problems, 'general', t.problem.other);
	return { ok: false, problems };
}

/** Schema fields (the validator's path) → the form's fields. */
const FIELD_OF: Record<string, FormField> = {
	prompt: 'prompt',
	explanation: 'explanation',
	evidence: 'evidence',
	topics: 'topic',
	options: 'options',
	answers: 'answers',
	answer: 'number',
	tolerance: 'tolerance',
	written: 'written',
	pairs: 'pairs',
	items: 'items',
	text: 'clozeText',
	gaps: 'gaps',
	front: 'front',
	back: 'back',
	type: 'type'
};

/** One problem of the validator (`validate.ts`'s rule text) as a field and a Polish message. */
export function fieldProblem(rule: string): { field: FormField; message: string } {
	const p = t.problem;
	let m: RegExpMatchArray | null;
	if ((m = rule.match(/^evidence "(.*)" not found/s)))
		return { field: 'evidence', message: p.notInText(m[1] ?? '') };
	if (/^single must have exactly one correct option/.test(rule))
		return { field: 'options', message: p.singleOneCorrect };
	if (/^multiple must have at least two correct options/.test(rule))
		return { field: 'options', message: p.multipleTwoCorrect };
	if (/^options must be unique/.test(rule)) return { field: 'options', message: p.optionsUnique };
	if (/^match needs at least 3 pairs/.test(rule)) return { field: 'pairs', message: p.pairsThree };
	if (/^match pairs must be unique/.test(rule)) return { field: 'pairs', message: p.pairsUnique };
	if (/^order needs at least 3 items/.test(rule)) return { field: 'items', message: p.itemsThree };
	if (/^order items must be unique/.test(rule)) return { field: 'items', message: p.itemsUnique };
	if (/^numeric tolerance must be >= 0/.test(rule))
		return { field: 'tolerance', message: p.toleranceNegative };
	if ((m = rule.match(/^written "(.*)" is not quoted in the evidence/s)))
		return { field: 'written', message: p.writtenNotQuoted(m[1] ?? '') };
	if (/^cloze needs at least 1 gap/.test(rule)) return { field: 'gaps', message: p.gapsNone };
	if (/^cloze text must hold gaps/.test(rule)) return { field: 'clozeText', message: p.clozeMarks };
	if (/^cloze card front must contain a gap/.test(rule))
		return { field: 'front', message: p.cardGap };
	if (/^id is not unique/.test(rule)) return { field: 'general', message: p.idTaken };
	if (/^excludes/.test(rule)) return { field: 'general', message: p.other };
	if (/^topic ".*" is not defined/.test(rule)) return { field: 'topic', message: p.noTopic };
	// Schema issues: `<field path>: <message in Polish>`.
	if ((m = rule.match(/^([a-z]+)(?:\.[\w.]+)?: (.*)$/s))) {
		const field = FIELD_OF[m[1] ?? ''];
		if (field) {
			const message = m[2] ?? '';
			if (/pole nie może być puste/.test(message)) return { field, message: p.empty };
			if (field === 'answers' && /co najmniej jedna/.test(message))
				return { field, message: p.answersNone };
			if (field === 'options' && /co najmniej dwie/.test(message))
				return { field, message: p.optionsTwo };
			if (field === 'gaps') return { field, message: p.gapAnswer };
			return { field, message: p.other };
		}
	}
	return { field: 'general', message: p.other };
}

/** `bank` with `item` put in: replacing the item with its id, else added at the end. */
export function putItem(bank: Bank, item: Question | Card): Bank {
	if ('type' in item) {
		const at = bank.questions.findIndex((q) => q.id === item.id);
		const questions = [...bank.questions];
		if (at >= 0) questions[at] = item;
		else questions.push(item);
		return { ...bank, questions };
	}
	const at = bank.cards.findIndex((c) => c.id === item.id);
	const cards = [...bank.cards];
	if (at >= 0) cards[at] = item;
	else cards.push(item);
	return { ...bank, cards };
}

/** `bank` without the item `id`; other questions no longer exclude it. */
export function removeItem(bank: Bank, id: string): Bank {
	return {
		...bank,
		questions: bank.questions
			.filter((q) => q.id !== id)
			.map((q) => {
				if (!q.excludes?.includes(id)) return q;
				const rest = { ...q };
				delete rest.excludes;
				const excludes = q.excludes.filter((x) => x !== id);
				return excludes.length ? { ...rest, excludes } : rest;
			}),
		cards: bank.cards.filter((c) => c.id !== id)
	};
}

/**
 * The quote made from a selection in a paragraph: whitespace collapsed, trimmed; null when it
 * is empty or not verbatim in the paragraph.
 */
export function quoteOf(selected: string, paragraph: string): string | null {
	const quote = normaliseSpace(selected);
	if (!quote || !normaliseSpace(paragraph).includes(quote)) return null;
	return quote;
}
