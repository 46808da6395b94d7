/**
 * Schema of `questions/<bank>/bank.yaml`. Rules a schema cannot express (unique ids, evidence
 * found in the source, exactly one correct option, evidence and explanation required in a bank
 * with a text, …) live in `validate.ts`.
 */
import * as v from 'valibot';

/** A stable slug: lowercase letters, digits and hyphens. Progress is keyed by it. */
const Slug = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id musi być slugiem (małe litery, cyfry, myślniki)')
);
const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'pole nie może być puste'));

/** One quote, or a list of quotes, that must appear verbatim in the source text. */
const Evidence = v.union([Text, v.pipe(v.array(Text), v.minLength(1, 'brak cytatu'))]);

export const TopicSchema = v.strictObject({ id: Slug, label: Text });

export const OptionSchema = v.strictObject({
	text: Text,
	/** Marks the option as a right answer; absent means wrong. */
	correct: v.optional(v.boolean(), false)
});

const common = {
	id: Slug,
	prompt: Text,
	/** Quotes from the text; required unless the bank has no text (`source: none`). */
	evidence: v.optional(Evidence),
	/**
	 * Why the answer is right and where it stands in the text, 1–3 sentences. Required (not
	 * empty) unless the bank has no text (`source: none`); there '' means none.
	 */
	explanation: v.optional(v.pipe(v.string(), v.trim()), ''),
	topics: v.pipe(v.array(Slug), v.minLength(1, 'pytanie musi mieć co najmniej jeden temat')),
	/** 1 easy (recall), 2 medium, 3 hard (connecting paragraphs, reasons). */
	difficulty: v.picklist([1, 2, 3], 'difficulty musi wynosić 1, 2 albo 3'),
	/**
	 * Ids of questions never drawn into the same quiz as this one, because one shows the
	 * other's answer (in its prompt or options). The relation is symmetric: declare it once.
	 */
	excludes: v.optional(v.array(Slug))
};

const Choice = v.strictObject({
	...common,
	type: v.picklist(['single', 'multiple']),
	options: v.pipe(v.array(OptionSchema), v.minLength(2, 'co najmniej dwie odpowiedzi'))
});

const TrueFalse = v.strictObject({
	...common,
	type: v.literal('true-false'),
	answer: v.boolean()
});

const Short = v.strictObject({
	...common,
	type: v.literal('short'),
	/** Accepted answers; the first is the one shown as correct. */
	answers: v.pipe(v.array(Text), v.minLength(1, 'co najmniej jedna odpowiedź'))
});

const Numeric = v.strictObject({
	...common,
	type: v.literal('numeric'),
	answer: v.number(),
	/** Largest accepted absolute difference from `answer`, in `unit`s. */
	tolerance: v.number(),
	/** Unit shown next to the field, e.g. "km", "ton". */
	unit: v.optional(v.string(), ''),
	/**
	 * The answer as the text writes it ("80 tys. ton", "sześciu milionów ton"), quoted from the
	 * evidence; the grader must accept each. Leave out for answers the learner counts or computes.
	 */
	written: v.optional(v.array(Text))
});

const Match = v.strictObject({
	...common,
	type: v.literal('match'),
	pairs: v.array(v.strictObject({ left: Text, right: Text }))
});

const Order = v.strictObject({
	...common,
	type: v.literal('order'),
	/** Items in their correct order. */
	items: v.array(Text)
});

const Cloze = v.strictObject({
	...common,
	type: v.literal('cloze'),
	/** Sentence with numbered gaps `{1}`, `{2}`, … */
	text: Text,
	/** Accepted answers for each gap, in gap order; the first of each is shown as correct. */
	gaps: v.array(v.pipe(v.array(Text), v.minLength(1, 'luka musi mieć odpowiedź')))
});

export const QuestionSchema = v.variant(
	'type',
	[Choice, TrueFalse, Short, Numeric, Match, Order, Cloze],
	'type musi być jednym z: single, multiple, true-false, short, numeric, match, order, cloze'
);

export const CardSchema = v.strictObject({
	id: Slug,
	/** A question, or for cloze cards a sentence with a `___` gap. */
	front: Text,
	back: Text,
	/** `cloze`: the front holds a sentence with a gap `___` that the back fills. */
	kind: v.optional(v.picklist(['basic', 'cloze']), 'basic'),
	/** Quotes from the text; required unless the bank has no text (`source: none`). */
	evidence: v.optional(Evidence),
	topics: v.pipe(v.array(Slug), v.minLength(1, 'fiszka musi mieć co najmniej jeden temat'))
});

export const BankSchema = v.strictObject({
	id: Slug,
	title: Text,
	description: Text,
	language: v.literal('pl', 'language: obsługiwany jest tylko "pl"'),
	/** File name of the source text, next to bank.yaml; `none` (`NO_SOURCE`) for a bank without one. */
	source: Text,
	/** Where the text comes from, shown under it. */
	attribution: v.optional(v.string(), ''),
	/** Publication date of the text, "YYYY-MM" or "YYYY-MM-DD". */
	date: v.optional(v.string(), ''),
	topics: v.pipe(v.array(TopicSchema), v.minLength(1, 'co najmniej jeden temat')),
	questions: v.array(QuestionSchema),
	cards: v.array(CardSchema)
});
