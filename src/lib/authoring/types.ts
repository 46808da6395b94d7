/** Types of the authoring engine: proposals made from a text, before a person reviews them. */
import type { Card, Question } from '$lib/bank/types';

/** The rule that made a proposal; "accept all of this kind" groups by it. */
export type ProposalRule =
	| 'cloze'
	| 'numeric'
	| 'single'
	| 'true-false'
	| 'order'
	| 'match'
	| 'short-definition'
	| 'card-cloze'
	| 'card-definition'
	| 'card-acronym'
	/** Written by hand on the review screen ("Dodaj pytanie", "Dodaj fiszkę"). */
	| 'manual';

/** One proposed question or flashcard with where it comes from. */
export interface Proposal {
	/** The item's id; stable for the same text. */
	id: string;
	rule: ProposalRule;
	/** Anchor of the paragraph the (first) evidence sentence stands in, e.g. `p-3`. */
	paragraph: string;
	/** The evidence sentences, verbatim from the text. */
	evidence: string[];
	/** The answer as it stands in the evidence (for match/order: each part is in some quote). */
	answers: string[];
	item: { kind: 'question'; question: Question } | { kind: 'card'; card: Card };
}

/** A paragraph with its sentences, as the review screen shows it. */
export interface ParagraphView {
	anchor: string;
	/** 1-based paragraph number. */
	n: number;
	text: string;
	sentences: string[];
	/** Offset of each sentence in `text`. */
	starts: number[];
	/** The topic id the paragraph's items get. */
	topic: string;
}

/** Everything the engine made from a text. */
export interface Proposals {
	sourceText: string;
	paragraphs: ParagraphView[];
	topics: { id: string; label: string }[];
	proposals: Proposal[];
}
