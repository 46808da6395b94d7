/**
 * Proposal rules: from the paragraphs and sentences of a text to proposed questions and
 * flashcards, each quoting its evidence sentence verbatim. Rules prefer to drop a doubtful
 * proposal rather than emit a bad one. Everything here is deterministic: the same text gives
 * the same proposals with the same ids.
 */
import type { Card, Question, SourceBlock } from '$lib/bank/types';
import {
	findCandidates,
	findCzyli,
	findDefinition,
	textContext,
	type Candidate,
	type CandidateKind,
	type Definition,
	type TextContext
} from './candidates';
import { foldPolish } from '$lib/quiz/normalise';
import { nominativeFeminine } from './polish';
import { lowerCaseWords, splitSentences } from './sentences';
import { slugify } from '../bank/slug';
import type { ParagraphView, Proposal, ProposalRule, Proposals } from './types';

const GAP = '___';

/** Words that make a sentence lean on the one before it, so it cannot stand alone. */
const LEANING =
	/^(?:to|ten|ta|te|tam|tu|tutaj|wtedy|wówczas|jednak|także|również|on|ona|ono|oni|one|jego|jej|ich|dzięki|stąd|dlatego|zatem|więc|ale|a|i|bo|też|tym|tego|tej|stało|tamten|tamtego|obie|obaj|oba|dalej|tak|natomiast|ponadto|poza|oprócz|pozostałe|drugi|druga|drugie|trzeci|trzecia|podobne|podobny|podobna|podobnie)$/u;

interface SentenceInfo {
	paragraph: ParagraphView;
	/** 0-based index of the sentence in its paragraph. */
	index: number;
	text: string;
	/**
	 * The evidence quote: the sentence, or when it leans on the sentences before it ("Dzięki
	 * temu…", "Największa z nich…") those sentences and this one, verbatim from the paragraph.
	 * Null when the sentence cannot be understood even with them.
	 */
	quote: string | null;
	/** Where the sentence starts inside `quote`. */
	offset: number;
	candidates: Candidate[];
	/** The definition the sentence gives ("X to Y", "X – Y"), when it stands alone. */
	definition: Definition | null;
}

/** Splits the blocks into paragraphs with sentences and topics (one per heading section). */
export function paragraphViews(blocks: readonly SourceBlock[]): {
	paragraphs: ParagraphView[];
	topics: { id: string; label: string }[];
} {
	const topics: { id: string; label: string }[] = [];
	const paragraphs: ParagraphView[] = [];
	let topic = '';
	const all = blocks.map((b) => b.text).join(' ');
	const common = lowerCaseWords(all);
	for (const block of blocks) {
		if (block.kind === 'heading') {
			let id = slugify(block.text, 40, 'temat');
			while (topics.some((t) => t.id === id)) id = `${id}-${topics.length + 1}`;
			topics.push({ id, label: block.text });
			topic = id;
			continue;
		}
		if (!topic) {
			topic = blocks.some((b) => b.kind === 'heading') ? 'wstep' : 'tekst';
			topics.push({ id: topic, label: topic === 'wstep' ? 'Wstęp' : 'Cały tekst' });
		}
		const split = splitSentences(block.text, common);
		paragraphs.push({
			anchor: block.anchor,
			n: block.n,
			text: block.text,
			sentences: split.map((s) => s.text),
			starts: split.map((s) => s.start),
			topic
		});
	}
	return { paragraphs, topics };
}

/** The evidence quote for sentence `index` of a paragraph (see `SentenceInfo.quote`). */
function quoteFor(p: ParagraphView, index: number): { quote: string | null; offset: number } {
	const text = p.sentences[index] as string;
	const start = p.starts[index] as number;
	const alone = standsAlone(text);
	if (alone && !lacksSubject(text)) return { quote: text, offset: 0 };
	// The nearest earlier sentence that names its subject, else the nearest that stands alone.
	for (const strict of [true, false]) {
		for (let back = 1; back <= 2 && index - back >= 0; back++) {
			const first = index - back;
			const earlier = p.sentences[first] as string;
			if (!standsAlone(earlier) || (strict && lacksSubject(earlier))) continue;
			const from = p.starts[first] as number;
			const quote = p.text.slice(from, start + text.length);
			if (quote.length > 420) break;
			return { quote, offset: start - from };
		}
	}
	// A paragraph opening without a subject ("W 1000 r. odbył się zjazd…") usually has it
	// after the verb; a pronoun pointing back with nothing before it cannot be understood.
	return alone ? { quote: text, offset: 0 } : { quote: null, offset: 0 };
}

const PREPOSITION = /^(?:w|we|z|ze|od|do|po|przez|przed|za|na|około|podczas|przy|według)$/iu;
const VERB = /^(?:\p{Ll}{2,}(?:ł|ła|ło|li|ły)|jest|są|był|była|było|byli|były)$/u;

/**
 * "W 965 r. poślubił czeską księżniczkę…", "Przez kilka lat pracował…": a sentence that opens
 * with a prepositional phrase and goes straight to the verb names its subject in an earlier
 * sentence, so it is shown with that sentence.
 */
export function lacksSubject(s: string): boolean {
	const words = s.split(' ').map((w) => w.replace(/[„"«»”(),:;]/gu, ''));
	if (!PREPOSITION.test(words[0] ?? '')) return false;
	for (let i = 1; i <= 4 && i < words.length; i++) {
		const w = words[i] as string;
		if (VERB.test(w)) return true;
		if (/^\p{Lu}/u.test(w) && !/^[IVXLC]+$/.test(w)) return false;
	}
	return false;
}

/**
 * Stems of the names the whole text is about ("Wisł" in a text on the Vistula): a gap for
 * them would be guessed without reading. A name is the subject when its stem stands in more
 * than 60% of the paragraphs (and in at least four).
 */
function subjectStems(
	paragraphs: readonly ParagraphView[],
	pool: readonly Candidate[]
): Set<string> {
	const subjects = new Set<string>();
	const folded = paragraphs.map((p) => fold(p.text));
	// Paragraphs by the first three letters of their words, so a stem is looked up, not searched.
	const index = new Map<string, { paragraph: number; word: string }[]>();
	folded.forEach((text, paragraph) => {
		for (const word of new Set(text.match(/[\p{L}\p{N}]+/gu) ?? [])) {
			const list = index.get(word.slice(0, 3)) ?? [];
			list.push({ paragraph, word });
			index.set(word.slice(0, 3), list);
		}
	});
	const needed = Math.max(4, Math.floor(paragraphs.length * 0.6) + 1);
	const seen = new Set<string>();
	for (const c of pool) {
		if (c.kind !== 'name' && c.kind !== 'acronym') continue;
		const key = stemKey(c.text);
		if (seen.has(key)) continue;
		seen.add(key);
		const first = fold(c.text.split(/[\s-]+/)[0] ?? '').replace(/[^\p{L}\p{N}]/gu, '');
		const stem = first.slice(0, Math.max(3, first.length - 3));
		const hits = new Set(
			(index.get(stem.slice(0, 3)) ?? [])
				.filter((e) => e.word.startsWith(stem) && e.word.length - stem.length <= 4)
				.map((e) => e.paragraph)
		);
		if (hits.size < needed) continue;
		const re = new RegExp(key, 'u');
		const count = [...hits].filter((i) => re.test(folded[i] as string)).length;
		if (count >= needed) subjects.add(key);
	}
	return subjects;
}

/** A pattern matching a name in any case: each word's stem with up to four letters of ending. */
function stemKey(name: string): string {
	const words = fold(name)
		.split(/[\s-]+/)
		.map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
		.filter(Boolean)
		.map((w) => `${w.slice(0, Math.max(3, w.length - 3))}\\p{L}{0,4}`);
	return `(?<![\\p{L}])${words.join('[\\s-]+')}(?![\\p{L}])`;
}

/**
 * "Polska", "Polski", "w Polsce": in a Polish text for Polish learners a gap for the country
 * itself is guessed without reading ("najstarsze dzieło napisane w ___").
 */
function isHomeCountry(c: Candidate): boolean {
	return c.kind === 'name' && c.words === 1 && /^Pols(?:ka|ki|ce|kę|ką)$/u.test(c.text);
}

/** A sentence worth asking about: long enough, a statement, not a fragment. */
function isStatement(s: string): boolean {
	return (
		s.length >= 25 &&
		s.length <= 320 &&
		/[.!…”"»]$/u.test(s) &&
		!/\?[”"»]?$/u.test(s) &&
		s.split(' ').length >= 5
	);
}

/** A sentence that is understood without the one before it. */
export function standsAlone(s: string): boolean {
	const first = /^[„"«–—-]?\s*(\p{L}+)/u.exec(s)?.[1]?.toLowerCase() ?? '';
	if (LEANING.test(first)) return false;
	// "Pierwszym był Mirosław Hermaszewski": first of what? The sentence before says.
	if (
		/^(?:pierwsz|drug|trzec|ostatni|kolejn)\p{L}* (?:był|była|było|byli|jest|są|został|została)(?!\p{L})/iu.test(
			s
		)
	) {
		return false;
	}
	// A pronoun in the first clause points back to an earlier sentence, unless a name stands
	// before it ("Po śmierci Mieszka … jego syn"); after a comma it usually points to a word of
	// the same sentence ("do jednej rzeki i jej dopływów").
	const rest = s.slice(first.length + 1);
	const firstClause = rest.split(/, |: | – | - /)[0] as string;
	const m = POINTING_BACK.exec(firstClause);
	if (!m) return true;
	// Only a possessive ("jego syn") can point to a name before it in the same clause.
	return (
		/^(?:jego|jej|ich)$/iu.test(m[0]) &&
		/(?<![\p{L}])\p{Lu}\p{Ll}/u.test(firstClause.slice(0, m.index))
	);
}

const POINTING_BACK =
	/(?<![\p{L}])(?:temu|tym samym|tego samego|ten sam|tam|stamtąd|stąd|nią|nim|niego|niej|nich|nimi|jej|jego|ich|ją|go|mu|jemu|im(?!\.)|on|ona|oni|one|ten|ta|tę|tego|tej|tych|tymi|tamten|tamtego|tamtej|tamtych|taki|taka|takie|tym)(?![\p{L}])/iu;

/** The quote of `s` with the candidate `c` (found in the sentence) replaced by `mark`. */
function gapped(s: SentenceInfo, c: Candidate, mark: string): string {
	const q = s.quote as string;
	return q.slice(0, s.offset + c.start) + mark + q.slice(s.offset + c.end);
}

/** Lower case without Polish diacritics, for comparing stems ("Wiśle" ~ "Wisła"). */
function fold(s: string): string {
	return foldPolish(s.toLowerCase());
}

function normal(s: string): string {
	return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Priority of what to ask about in a sentence: concrete facts first. */
const PRIORITY: Record<CandidateKind, number> = {
	quantity: 0,
	percent: 1,
	date: 2,
	year: 3,
	century: 4,
	decade: 5,
	name: 6,
	acronym: 7
};

/** Whether `other` can stand in the gap of `c` and agree with the sentence around it (same kind, case ending, preposition, plural class, unit). */
export function agrees(c: Candidate, other: Candidate): boolean {
	if (other.kind !== c.kind) return false;
	// "około 965 r." is not wrong for 966: approximate numbers get no alternatives.
	if (c.approximate && c.kind !== 'name') return false;
	// A wrong number must be plausible: within a factor of three of the right one.
	if ((c.kind === 'quantity' || c.kind === 'percent') && c.value && other.value) {
		const ratio = other.value / c.value;
		if (ratio > 3 || ratio < 1 / 3) return false;
	}
	switch (c.kind) {
		case 'quantity':
			return (
				(c.unitSymbol ? other.unitSymbol === c.unitSymbol : other.unit === c.unit) &&
				other.plural === c.plural &&
				(other.magnitude ?? 1) === (c.magnitude ?? 1) &&
				other.value !== c.value
			);
		case 'percent':
		case 'year':
		case 'century':
		case 'decade':
		case 'date':
			return other.value !== c.value;
		case 'name':
			return (
				c.ending !== 'number' &&
				other.ending === c.ending &&
				other.category === c.category &&
				(other.prep ?? '') === (c.prep ?? '') &&
				(other.words === 1) === (c.words === 1) &&
				!other.variants.some((v) => c.variants.some((w) => normal(v) === normal(w)))
			);
		case 'acronym':
			return true;
	}
}

/** Candidates of the whole text by kind, with their normalised text computed once. */
type Pool = Map<CandidateKind, { c: Candidate; key: string }[]>;

function poolOf(candidates: readonly Candidate[]): Pool {
	const pool: Pool = new Map();
	for (const c of candidates) {
		const list = pool.get(c.kind) ?? [];
		list.push({ c, key: normal(c.text) });
		pool.set(c.kind, list);
	}
	return pool;
}

/** Other candidates of the text that could replace `c`, nearest in value (numbers) or first seen. */
function alternatives(c: Candidate, sentence: string, pool: Pool, max: number): Candidate[] {
	const own = normal(c.text);
	const seen = new Set<string>([own]);
	const out: Candidate[] = [];
	const inSentence = normal(sentence);
	const same = pool.get(c.kind) ?? [];
	const value = c.value;
	const sorted =
		value !== undefined && c.kind !== 'name'
			? [...same].sort(
					(a, b) => Math.abs((a.c.value ?? 0) - value) - Math.abs((b.c.value ?? 0) - value)
				)
			: same;
	for (const { c: o, key } of sorted) {
		if (seen.has(key) || inSentence.includes(key) || !agrees(c, o)) continue;
		seen.add(key);
		out.push(o);
		if (out.length >= max) break;
	}
	return out;
}

/** The proposal rules, run over a whole text. */
export function proposeFromBlocks(sourceText: string, blocks: readonly SourceBlock[]): Proposals {
	const { paragraphs, topics } = paragraphViews(blocks);
	const ctx: TextContext = textContext(paragraphs.flatMap((p) => p.sentences));
	const sentences: SentenceInfo[] = paragraphs.flatMap((paragraph) =>
		paragraph.sentences.map((text, index) => {
			const { quote, offset } = quoteFor(paragraph, index);
			return {
				paragraph,
				index,
				text,
				quote,
				offset,
				candidates: quote && isStatement(text) ? findCandidates(text, ctx) : [],
				definition: quote === text && isStatement(text) ? findDefinition(text) : null
			};
		})
	);
	const all = sentences.flatMap((s) => s.candidates);
	const subjects = subjectStems(paragraphs, all);
	// Names that contain a subject ("Dorzecze Wisły" in a text on the Vistula) stay: only the
	// subject alone is too easy to guess.
	const isSubject = (c: Candidate) =>
		(c.kind === 'name' || c.kind === 'acronym') && subjects.has(stemKey(c.text));
	for (const s of sentences) {
		// A definition's term is asked by the definition rules; a second gap for it would repeat them.
		const d = s.definition;
		const termEnd = d && s.text.startsWith(d.term) ? d.term.length : 0;
		s.candidates = s.candidates.filter(
			(c) => !isSubject(c) && !isHomeCountry(c) && !(termEnd && c.start < termEnd)
		);
	}
	const pool = poolOf(sentences.flatMap((s) => s.candidates));
	const proposals: Proposal[] = [];
	const ids = new Set<string>();
	const keys = new Set<string>();

	const push: Push = (rule, s, evidence, answers, make) => {
		// No proposal whose answer is not in its evidence.
		if (!answers.every((a) => evidence.some((e) => e.includes(a)))) return;
		const prefix = rule.startsWith('card') ? 'c' : 'q';
		const stem = `${prefix}-p${s.paragraph.n}-z${s.index + 1}-${rule}`;
		let id = stem;
		for (let k = 2; ids.has(id); k++) id = `${stem}-${k}`;
		const made = make(id);
		const key =
			'front' in made
				? `card:${normal(made.front)}`
				: `q:${made.type}:${normal(made.prompt)}:${made.type === 'cloze' ? made.text : ''}`;
		if (keys.has(key)) return;
		keys.add(key);
		ids.add(id);
		proposals.push({
			id,
			rule,
			paragraph: s.paragraph.anchor,
			evidence,
			answers,
			item: 'front' in made ? { kind: 'card', card: made } : { kind: 'question', question: made }
		});
	};

	let choiceTurn = 0;
	let numberTurn = 0;
	let tfTurn = 0;
	for (const paragraph of paragraphs) {
		let tfDone = false;
		for (const s of sentences.filter((x) => x.paragraph === paragraph)) {
			if (!s.quote) continue;
			const quote = s.quote;
			const base = { topics: [paragraph.topic], evidence: quote };
			const explanation = explain(paragraph, quote);
			const ranked = [...s.candidates].sort(
				(a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start
			);
			const primary = ranked[0];
			if (primary) {
				const alts = alternatives(primary, quote, pool, 3);
				const isNumber = primary.kind === 'quantity' || primary.kind === 'percent';
				const turn = isNumber ? numberTurn++ : choiceTurn++;
				const choice = alts.length >= 2 && turn % 2 === (isNumber ? 1 : 0);
				if (choice) {
					const byValue = primary.value !== undefined;
					const options = [primary, ...alts]
						.sort((a, b) =>
							byValue ? (a.value ?? 0) - (b.value ?? 0) : a.text.localeCompare(b.text, 'pl')
						)
						.map((o) => ({ text: o.text, correct: o === primary }));
					push('single', s, [quote], [primary.text], (id) => ({
						...base,
						id,
						type: 'single',
						prompt: `Co należy wstawić w lukę? „${gapped(s, primary, GAP)}”`,
						options,
						explanation,
						difficulty: 1
					}));
				} else if (isNumber && primary.value !== undefined) {
					const unit =
						primary.kind === 'percent'
							? '%'
							: primary.magnitude
								? (primary.unit as string)
								: (primary.unitSymbol ?? primary.unit ?? '');
					push('numeric', s, [quote], [primary.text], (id) => ({
						...base,
						id,
						type: 'numeric',
						prompt: `Jaką liczbę należy wpisać w lukę? „${gapped(s, primary, GAP)}”`,
						answer: primary.value as number,
						tolerance: 0,
						unit,
						explanation,
						difficulty: 2
					}));
				} else if (!/[{}]/.test(quote)) {
					push('cloze', s, [quote], [primary.text], (id) => ({
						...base,
						id,
						type: 'cloze',
						prompt: 'Uzupełnij zdanie z tekstu.',
						text: gapped(s, primary, '{1}'),
						gaps: [primary.variants],
						explanation,
						difficulty: 1
					}));
				}
				// A flashcard for the next thing the sentence names (or the same one).
				const second = ranked[1] ?? primary;
				push('card-cloze', s, [quote], [second.text], (id) => ({
					id,
					kind: 'cloze',
					front: gapped(s, second, GAP),
					back: second.text,
					evidence: quote,
					topics: [paragraph.topic]
				}));
			}
			// True or false: one per paragraph, one fact swapped for another of the same kind.
			if (!tfDone && primary) {
				const names = s.candidates.filter((x) => x.kind === 'name').length;
				const swappable = ranked.filter(
					(c) =>
						c.kind !== 'acronym' && (c.kind !== 'name' || c.category === 'person' || names === 1)
				);
				for (const c of swappable) {
					const alt = alternatives(c, quote, pool, 1)[0];
					if (!alt) continue;
					const isFalse = tfTurn % 2 === 0;
					const statement = isFalse ? gapped(s, c, alt.text) : quote;
					push('true-false', s, [quote], [c.text], (id) => ({
						...base,
						id,
						type: 'true-false',
						prompt: `Prawda czy fałsz: ${statement}`,
						answer: !isFalse,
						explanation: isFalse
							? `Fałsz: w tekście jest „${c.text}”, a nie „${alt.text}”. ${explanation}`
							: `Prawda. ${explanation}`,
						difficulty: 1
					}));
					tfTurn++;
					tfDone = true;
					break;
				}
			}
			definitionProposals(s, push);
			acronymProposals(s, push);
		}
	}
	orderProposal(sentences, push);
	matchProposal(sentences, push);
	return { sourceText, paragraphs, topics, proposals };
}

/** "Wyjaśnienia pojęć są w akapicie 2." / "… w akapitach 2, 5." */
function inParagraphs(numbers: readonly number[], lead: string): string {
	const unique = [...new Set(numbers)];
	return unique.length === 1
		? `${lead} w akapicie ${unique[0]}.`
		: `${lead} w akapitach ${unique.join(', ')}.`;
}

function explain(p: ParagraphView, quote: string): string {
	return `W akapicie ${p.n} tekst mówi: „${quote.replace(/^[„"]|[”"]$/g, '')}”`;
}

type Push = (
	rule: ProposalRule,
	s: SentenceInfo,
	evidence: string[],
	answers: string[],
	make: (id: string) => Question | Card
) => void;

/** "X to Y", "X – Y", "X, czyli Y": a question-answer card, and a short question for the term. */
function definitionProposals(s: SentenceInfo, push: Push) {
	if (!isStatement(s.text) || !s.quote) return;
	const topics = [s.paragraph.topic];
	const d = s.definition;
	if (d && /^tzw\. /u.test(d.definition)) {
		push('card-definition', s, [s.text], [d.term, d.definition], (id) => ({
			id,
			kind: 'basic',
			front: `Dokończ zdanie z tekstu: „${d.term} to …”`,
			back: d.definition,
			evidence: s.text,
			topics
		}));
		return;
	}
	if (d) {
		const sep = d.pattern === 'dash' ? ' –' : d.pattern === 'jest to' ? ' jest to' : ' to';
		push('card-definition', s, [s.text], [d.term, d.definition], (id) => ({
			id,
			kind: 'basic',
			front: `Dokończ zdanie z tekstu: „${d.term}${sep} …”`,
			back: d.definition,
			evidence: s.text,
			topics
		}));
		push('short-definition', s, [s.text], [d.term], (id) => ({
			id,
			type: 'short',
			prompt: `Jakie pojęcie lub jaką nazwę tekst objaśnia słowami: „${d.definition}”?`,
			answers: [d.term],
			evidence: s.text,
			explanation: explain(s.paragraph, s.text),
			topics,
			difficulty: 2
		}));
		return;
	}
	// "X, czyli Y" defines X within its own sentence, so the sentence alone is the evidence.
	const cz = findCzyli(s.text);
	if (cz) {
		const upTo = s.text.indexOf(`${cz.term}, czyli`);
		if (upTo < 0) return;
		// A sentence leaning on the one before ("Jeden z nich badał tzw. …") is cut to the term.
		const lead =
			s.quote === s.text
				? s.text.slice(0, upTo + cz.term.length)
				: s.text.slice(upTo, upTo + cz.term.length);
		push('card-definition', s, [s.text], [cz.definition], (id) => ({
			id,
			kind: 'basic',
			front: `Dokończ zdanie z tekstu: „${lead}, czyli …”`,
			back: cz.definition,
			evidence: s.text,
			topics
		}));
	}
}

/** "Europejska Agencja Kosmiczna (ESA)": a card asking what the acronym stands for. */
function acronymProposals(s: SentenceInfo, push: Push) {
	if (!s.quote) return;
	for (const m of s.text.matchAll(
		/((?:\p{Lu}[\p{Ll}]+ )(?:(?:\p{Lu}[\p{Ll}]+|o|i|ds\.|w) ){0,5}\p{Lu}[\p{Ll}]+) \(([\p{Lu}]{2,6})\)/gu
	)) {
		const full = m[1] as string;
		const acr = m[2] as string;
		const words = full.split(' ');
		// The acronym's letters must be the initials of the capitalised words.
		const initials = words
			.filter((w) => /^\p{Lu}/u.test(w))
			.map((w) => w[0])
			.join('');
		if (!initials.startsWith(acr[0] as string)) continue;
		// A name opening the sentence is its subject, so it stands in the nominative already.
		const nominative =
			(m.index === 0 ? full : null) ??
			nominativeFeminine(words)?.join(' ') ??
			(/(?:a|y|e|i|um)$/.test(words[words.length - 1] as string) && !/ą|ę|ej |iej /.test(full + ' ')
				? full
				: null);
		if (!nominative) continue;
		push('card-acronym', s, [s.text], [full, acr], (id) => ({
			id,
			kind: 'basic',
			front: `Co oznacza skrót ${acr}?`,
			back: nominative,
			evidence: s.text,
			topics: [s.paragraph.topic]
		}));
	}
}

/** Ordering events by their years, when three or more sentences carry one year each. */
function orderProposal(sentences: readonly SentenceInfo[], push: Push) {
	const events: { s: SentenceInfo; year: number; text: string }[] = [];
	for (const s of sentences) {
		const years = s.candidates.filter((c) => c.kind === 'year' && !c.approximate);
		if (years.length !== 1 || s.candidates.some((c) => c.kind === 'date' || c.kind === 'century'))
			continue;
		const y = years[0] as Candidate;
		const event = withoutDate(s.text, y);
		if (!event || s.quote !== s.text || !standsAlone(event) || !namesItsSubject(s)) continue;
		if (events.some((e) => e.year === y.value)) continue;
		events.push({ s, year: y.value!, text: event });
	}
	if (events.length < 3) return;
	const chosen = events.slice(0, 5);
	const sorted = [...chosen].sort((a, b) => a.year - b.year);
	// Already in text order is fine: the quiz shuffles the items when it shows them.
	const first = sorted[0]!.s;
	push(
		'order',
		first,
		sorted.map((e) => e.s.text),
		sorted.map((e) => String(e.year)),
		(id) => ({
			id,
			type: 'order',
			prompt: 'Ułóż wydarzenia w kolejności, w jakiej nastąpiły — od najwcześniejszego.',
			items: sorted.map((e) => e.text),
			evidence: sorted.map((e) => e.s.text),
			explanation: `Tekst podaje lata: ${sorted.map((e) => `${e.year} r. (akapit ${e.s.paragraph.n})`).join(', ')}.`,
			topics: [...new Set(sorted.map((e) => e.s.paragraph.topic))],
			difficulty: 2
		})
	);
}

/**
 * Whether a name comes before the first verb in the past tense, so the event says who or
 * where ("Mieszko I przyjął chrzest", "W Poznaniu powstało…"), not "Przez kilka lat pracował…".
 */
function namesItsSubject(s: SentenceInfo): boolean {
	const verb = /(?<![\p{L}])\p{Ll}{2,}(?:ł|ła|ło|li|ły)(?![\p{L}])/u.exec(s.text);
	if (!verb) return false;
	return s.candidates.some((c) => c.kind === 'name' && c.start < verb.index);
}

/**
 * The sentence without its date phrase ("W 966 r. Mieszko I przyjął chrzest." → "Mieszko I
 * przyjął chrzest."), or null when removing it would change the meaning ("od", "do", "po").
 */
export function withoutDate(sentence: string, year: Candidate): string | null {
	const before = sentence.slice(0, year.start);
	const after = sentence.slice(year.end);
	const pre = /(?:^|,? )(?:(w|we|około|ok\.) )?(?:roku )?$/iu.exec(before);
	if (!pre || /(?:od|do|po|przed|z|ze|sprzed|pomiędzy|między) (?:roku )?$/iu.test(before))
		return null;
	if (!pre[1] && before.trim() !== '') return null;
	const post = /^ (?:r\.|roku)(?=[\s,.;]|$)/u.exec(after);
	if (!post) return null;
	let rest = after.slice(post[0].length);
	let head = before.slice(0, before.length - pre[0].length);
	if (
		/(?<![\p{L}])(?:od|do|po|przed|z|ze|sprzed|pomiędzy|między|dokument|rok)$/iu.test(head.trim())
	) {
		return null;
	}
	if (rest.startsWith(',') && !head) rest = rest.slice(1);
	if (head.endsWith(',') && rest.startsWith(',')) rest = rest.slice(1);
	let text = `${head}${rest.startsWith('.') || rest.startsWith(',') ? '' : ' '}${rest}`
		.replace(/\s+/g, ' ')
		.trim();
	if (!head) text = text.charAt(0).toUpperCase() + text.slice(1);
	head = '';
	if (/\d{3,4}/.test(text) || text.length > 150 || text.split(' ').length < 3) return null;
	return /[.!…]$/u.test(text) ? text : `${text}.`;
}

/** Matching terms with their definitions, when the text defines three or more terms. */
function matchProposal(sentences: readonly SentenceInfo[], push: Push) {
	const defs: { s: SentenceInfo; term: string; definition: string }[] = [];
	for (const s of sentences) {
		const d = s.definition;
		if (d && !/^tzw\. /u.test(d.definition) && !defs.some((x) => normal(x.term) === normal(d.term)))
			defs.push({ s, term: d.term, definition: d.definition });
	}
	if (defs.length < 3) return;
	const chosen = defs.slice(0, 6);
	push(
		'match',
		chosen[0]!.s,
		chosen.map((d) => d.s.text),
		chosen.map((d) => d.term),
		(id) => ({
			id,
			type: 'match',
			prompt: 'Połącz pojęcie z jego wyjaśnieniem z tekstu.',
			pairs: chosen.map((d) => ({ left: d.term, right: d.definition })),
			evidence: chosen.map((d) => d.s.text),
			explanation: inParagraphs(
				chosen.map((d) => d.s.paragraph.n),
				'Wyjaśnienia pojęć są'
			),
			topics: [...new Set(chosen.map((d) => d.s.paragraph.topic))],
			difficulty: 2
		})
	);
}
