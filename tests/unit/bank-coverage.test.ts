import { describe, expect, it } from 'vitest';
import { loadBankDir } from '../../src/lib/bank/fs';
import { normaliseSpace } from '../../src/lib/bank/source';
import { QUESTION_TYPES } from '../../src/lib/bank/types';

/**
 * Coverage of the quiz questions of the Kazakhstan bank: size, variety, every paragraph of the
 * text asked about, grounded evidence, no repeated prompts, topics and difficulty spread.
 * Flashcards are checked by their own test file.
 */
const loaded = loadBankDir(process.cwd(), 'kazachstan-2022-11');
const questions = loaded.bank.questions;

/** Prompt compared without case, punctuation, quote marks and extra spaces. */
function normalisePrompt(prompt: string): string {
	return normaliseSpace(
		prompt
			.toLowerCase()
			.replace(/[„”"'’.,:;?!()–-]/g, ' ')
			.replace(/\s+/g, ' ')
	);
}

function quoteCount(evidence: string | string[] | undefined): number {
	if (evidence === undefined) return 0;
	return Array.isArray(evidence) ? evidence.length : 1;
}

describe('Kazakhstan bank: quiz question coverage', () => {
	it('has at least 80 questions', () => {
		expect(questions.length).toBeGreaterThanOrEqual(80);
	});

	it('has at least 5 questions of each of the eight types', () => {
		const count = (t: string) => questions.filter((q) => q.type === t).length;
		const tooFew = QUESTION_TYPES.filter((t) => count(t) < 5).map((t) => `${t}: ${count(t)}`);
		expect(tooFew).toEqual([]);
	});

	it('grounds at least 2 questions in every paragraph p-1 … p-18 of the text', () => {
		const paragraphs = loaded.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.anchor);
		expect(paragraphs).toEqual(Array.from({ length: 18 }, (_, i) => `p-${i + 1}`));
		const perParagraph = new Map(paragraphs.map((p) => [p, 0]));
		for (const q of questions) {
			for (const anchor of new Set((loaded.evidence[q.id] ?? []).map((s) => s.anchor))) {
				if (perParagraph.has(anchor)) perParagraph.set(anchor, (perParagraph.get(anchor) ?? 0) + 1);
			}
		}
		const thin = [...perParagraph].filter(([, n]) => n < 2).map(([p, n]) => `${p}: ${n}`);
		expect(thin).toEqual([]);
	});

	it('locates every evidence quote of every question in the source', () => {
		const missing = questions
			.filter((q) => (loaded.evidence[q.id]?.length ?? 0) !== quoteCount(q.evidence))
			.map((q) => q.id);
		expect(missing).toEqual([]);
	});

	it('has no duplicate prompts', () => {
		const seen = new Map<string, string>();
		const duplicates: string[] = [];
		for (const q of questions) {
			const key = normalisePrompt(q.prompt);
			const first = seen.get(key);
			if (first) duplicates.push(`${first} = ${q.id}`);
			else seen.set(key, q.id);
		}
		expect(duplicates).toEqual([]);
	});

	it('gives every question 1 to 3 topics', () => {
		const off = questions
			.filter((q) => q.topics.length < 1 || q.topics.length > 3)
			.map((q) => q.id);
		expect(off).toEqual([]);
	});

	it('gives every topic at least 3 questions', () => {
		const perTopic = new Map(loaded.bank.topics.map((t) => [t.id, 0]));
		for (const q of questions) {
			for (const t of q.topics) perTopic.set(t, (perTopic.get(t) ?? 0) + 1);
		}
		const thin = [...perTopic].filter(([, n]) => n < 3).map(([t, n]) => `${t}: ${n}`);
		expect(thin).toEqual([]);
	});

	it('spreads difficulty: levels 1, 2 and 3 each hold at least 15% of the questions', () => {
		const shares = [1, 2, 3].map(
			(d) => questions.filter((q) => q.difficulty === d).length / questions.length
		);
		const low = shares.map((s, i) => ({ level: i + 1, share: s })).filter((x) => x.share < 0.15);
		expect(low).toEqual([]);
	});
});
