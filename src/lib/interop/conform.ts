/**
 * The bank's rules (src/lib/bank/validate.ts) applied to one imported item, with Polish
 * reasons, so that an import only ever yields items the bank validator accepts; and the
 * collector every importer fills.
 */
import type {
	ImportFormat,
	ImportResult,
	InteropCard,
	InteropNote,
	InteropQuestion
} from './types';
import { collapseSpace, DEFAULT_TOPIC, IdMaker, slugify, TopicList } from './text';

type Draft<T> = T extends unknown ? Omit<T, 'id' | 'topics' | 'difficulty'> : never;
/** A question as an importer builds it: id, topics and difficulty are filled in on adding. */
export type QuestionDraft = Draft<InteropQuestion> & { difficulty?: 1 | 2 | 3 };
export type CardDraft = Omit<InteropCard, 'id' | 'topics' | 'kind'> & {
	kind?: InteropCard['kind'];
};

const blank = (s: string) => collapseSpace(s) === '';

/** Why a question breaks a rule of the bank format, or undefined when it keeps them all. */
export function questionProblem(q: QuestionDraft): string | undefined {
	if (blank(q.prompt) && q.type !== 'cloze') return 'brak treści pytania';
	switch (q.type) {
		case 'single':
		case 'multiple': {
			if (q.options.length < 2) return 'pytanie wyboru musi mieć co najmniej dwie odpowiedzi';
			if (q.options.some((o) => blank(o.text))) return 'jedna z odpowiedzi jest pusta';
			const texts = q.options.map((o) => collapseSpace(o.text).toLowerCase());
			if (new Set(texts).size !== texts.length) return 'odpowiedzi się powtarzają';
			const right = q.options.filter((o) => o.correct).length;
			if (right === 0) return 'żadna odpowiedź nie jest oznaczona jako poprawna';
			if (q.type === 'single' && right !== 1)
				return 'pytanie jednokrotnego wyboru ma kilka poprawnych odpowiedzi';
			if (q.type === 'multiple' && right < 2)
				return 'pytanie wielokrotnego wyboru musi mieć co najmniej dwie poprawne odpowiedzi';
			return undefined;
		}
		case 'short':
			if (!q.answers.length || q.answers.some(blank)) return 'brak poprawnej odpowiedzi';
			return undefined;
		case 'numeric':
			if (!Number.isFinite(q.answer)) return 'odpowiedź nie jest liczbą';
			if (!Number.isFinite(q.tolerance) || q.tolerance < 0)
				return 'tolerancja musi być liczbą nieujemną';
			return undefined;
		case 'match': {
			if (q.pairs.length < 3)
				return `dopasowanie wymaga co najmniej 3 par (jest ${q.pairs.length})`;
			if (q.pairs.some((p) => blank(p.left) || blank(p.right))) return 'jedna z par jest niepełna';
			const lefts = new Set(q.pairs.map((p) => p.left));
			const rights = new Set(q.pairs.map((p) => p.right));
			if (lefts.size !== q.pairs.length || rights.size !== q.pairs.length)
				return 'pary się powtarzają';
			return undefined;
		}
		case 'order':
			if (q.items.length < 3)
				return `kolejność wymaga co najmniej 3 elementów (jest ${q.items.length})`;
			if (q.items.some(blank)) return 'jeden z elementów jest pusty';
			if (new Set(q.items).size !== q.items.length) return 'elementy się powtarzają';
			return undefined;
		case 'cloze': {
			if (blank(q.text)) return 'brak tekstu z lukami';
			if (q.gaps.length < 1) return 'tekst nie ma żadnej luki';
			if (q.gaps.some((g) => !g.length || g.some(blank))) return 'luka bez odpowiedzi';
			const marks = [...q.text.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1]));
			const ok = marks.length === q.gaps.length && q.gaps.every((_, i) => marks.includes(i + 1));
			return ok ? undefined : 'luki w tekście nie zgadzają się z odpowiedziami';
		}
		case 'true-false':
			return undefined;
	}
}

/** Why a card breaks a rule, or undefined. */
export function cardProblem(c: CardDraft): string | undefined {
	if (blank(c.front)) return 'fiszka bez przodu (pojęcia)';
	if (blank(c.back)) return 'fiszka bez tyłu (definicji)';
	if (c.kind === 'cloze' && !c.front.includes('___')) return 'fiszka z luką nie ma luki „___”';
	return undefined;
}

function trimDraft<T extends QuestionDraft>(q: T): T {
	const t = (s: string) => s.trim();
	const out = { ...q, prompt: t(q.prompt) };
	switch (out.type) {
		case 'single':
		case 'multiple':
			out.options = out.options.map((o) => ({ text: t(o.text), correct: o.correct }));
			break;
		case 'short':
			out.answers = out.answers.map(t);
			break;
		case 'match':
			out.pairs = out.pairs.map((p) => ({ left: t(p.left), right: t(p.right) }));
			break;
		case 'order':
			out.items = out.items.map(t);
			break;
		case 'cloze':
			out.text = t(out.text);
			out.gaps = out.gaps.map((g) => g.map(t));
			break;
	}
	if (out.explanation !== undefined && !out.explanation.trim()) delete out.explanation;
	return out;
}

/** Collects what an importer finds; `result()` hands back the ImportResult. */
export class ImportCollector {
	readonly topics = new TopicList();
	readonly skipped: InteropNote[] = [];
	readonly errors: InteropNote[] = [];
	readonly notes: InteropNote[] = [];
	readonly #questions: InteropQuestion[] = [];
	readonly #cards: InteropCard[] = [];
	readonly #questionIds = new IdMaker('q');
	readonly #cardIds = new IdMaker('c');
	/** Ids of cards and questions share one namespace in a bank. */
	readonly #allIds = new Set<string>();

	constructor(
		readonly format: ImportFormat,
		public title = 'Zaimportowany zestaw'
	) {}

	skip(where: string, reason: string, kind?: string): void {
		this.skipped.push(kind ? { where, reason, kind } : { where, reason });
	}
	error(where: string, reason: string): void {
		this.errors.push({ where, reason });
	}
	note(where: string, reason: string, kind?: string): void {
		this.notes.push(kind ? { where, reason, kind } : { where, reason });
	}

	/**
	 * Adds a question when it keeps the bank's rules, else records an error at `where`.
	 * @param topicLabels labels of its topics (categories); none means the default topic
	 * @param wantedId an id from the file (Moodle's idnumber, a GIFT title) kept when it is a slug
	 */
	addQuestion(
		where: string,
		draft: QuestionDraft,
		topicLabels: { label: string; id?: string }[],
		wantedId?: string,
		title?: string
	): boolean {
		const q = trimDraft(draft);
		const problem = questionProblem(q);
		if (problem) {
			this.error(where, problem);
			return false;
		}
		const id = this.#freshId(this.#questionIds, wantedId, title ?? q.prompt);
		const topics = this.#topicIds(topicLabels);
		const { difficulty, ...rest } = q;
		this.#questions.push({ ...rest, id, topics, difficulty: difficulty ?? 2 } as InteropQuestion);
		return true;
	}

	/** Adds a flashcard when it keeps the rules, else records an error at `where`. */
	addCard(
		where: string,
		draft: CardDraft,
		topicLabels: { label: string; id?: string }[],
		wantedId?: string
	): boolean {
		const c = {
			...draft,
			front: draft.front.trim(),
			back: draft.back.trim(),
			kind: draft.kind ?? 'basic'
		};
		const problem = cardProblem(c);
		if (problem) {
			this.error(where, problem);
			return false;
		}
		const id = this.#freshId(this.#cardIds, wantedId, c.front);
		this.#cards.push({ ...c, id, topics: this.#topicIds(topicLabels) });
		return true;
	}

	#freshId(ids: IdMaker, wanted: string | undefined, title: string): string {
		let id = ids.next(wanted, title);
		while (this.#allIds.has(id)) id = ids.next(undefined, `${id}-x`);
		this.#allIds.add(id);
		return id;
	}

	#topicIds(labels: { label: string; id?: string }[]): string[] {
		const list = labels.length ? labels : [DEFAULT_TOPIC];
		return [...new Set(list.map((t) => this.topics.idOf(t.label, t.id)))];
	}

	get itemCount(): number {
		return this.#questions.length + this.#cards.length;
	}

	result(): ImportResult {
		return {
			format: this.format,
			bank: {
				id: slugify(this.title) || 'zestaw',
				title: this.title,
				description: '',
				topics: this.topics.topics,
				questions: this.#questions,
				cards: this.#cards
			},
			skipped: this.skipped,
			errors: this.errors,
			notes: this.notes
		};
	}
}
