/**
 * Measurable quality guards of every built-in bank (questions/README.md, "Review checklist").
 * Each failure names the ids at fault.
 */
import { describe, expect, it } from 'vitest';
import { loadAllBanks } from '../../src/lib/bank/fs';
import {
	answerLeaks,
	clozeFormClashes,
	correctIsLongest,
	hintClashes,
	numbersIn
} from '../../src/lib/bank/guards';
import { normaliseSpace } from '../../src/lib/bank/source';
import type { Question } from '../../src/lib/bank/types';
import { gradeNumeric } from '../../src/lib/quiz/grade';
import { unitMultiplier } from '../../src/lib/quiz/normalise';
import { quizStrings } from '../../src/lib/quiz/strings';

const banks = loadAllBanks(process.cwd());

/**
 * UI hints that show example values. The keyboard hints name keys ("1–9"), not values a
 * learner could copy into an answer, so they are left out on purpose.
 */
const HINTS: Record<string, string> = {};
for (const [name, text] of Object.entries(quizStrings as Record<string, unknown>)) {
	if (name.endsWith('Hint') && typeof text === 'string' && !/keysHint$/i.test(name))
		HINTS[name] = text;
}

/** Every word of a text written in capitals, like an abbreviation ("OBWE", "MSZ"). */
const abbreviations = (text: string) => text.match(/\b\p{Lu}{2,}\b/gu) ?? [];

function itemTexts(q: Question): string[] {
	const parts = [q.prompt, q.explanation];
	if (q.type === 'single' || q.type === 'multiple') parts.push(...q.options.map((o) => o.text));
	if (q.type === 'short') parts.push(...q.answers);
	if (q.type === 'cloze') parts.push(q.text, ...q.gaps.flat());
	if (q.type === 'match') parts.push(...q.pairs.flatMap((p) => [p.left, p.right]));
	if (q.type === 'order') parts.push(...q.items);
	return parts;
}

describe.each(banks.map((b) => [b.bank.id, b] as const))('guards of bank %s', (_, loaded) => {
	const { questions, cards } = loaded.bank;
	const source = loaded.blocks.map((b) => b.text).join('\n');

	it('makes the correct option strictly the longest in at most a third of choice questions', () => {
		for (const type of ['single', 'multiple'] as const) {
			const { total, offenders } = correctIsLongest(questions.filter((q) => q.type === type));
			expect({ type, offenders: offenders.length > total / 3 ? offenders : [] }).toEqual({
				type,
				offenders: []
			});
		}
		const all = correctIsLongest(questions);
		expect(all.offenders.length).toBeLessThanOrEqual(all.total / 3);
	});

	it('shows no number in a UI hint that answers an item', () => {
		expect(Object.keys(HINTS)).toContain('numberHint');
		expect(hintClashes(HINTS, questions, cards)).toEqual([]);
	});

	it('never shows the answer of one question in another unless the pair is declared in excludes', () => {
		expect(answerLeaks(questions).map((l) => `${l.answerOf} ← ${l.shownIn}: ${l.answer}`)).toEqual(
			[]
		);
	});

	it('accepts every numeric answer the way the text writes it', () => {
		const problems: string[] = [];
		for (const q of questions) {
			if (q.type !== 'numeric') continue;
			const quoted = normaliseSpace(
				(Array.isArray(q.evidence) ? q.evidence : [q.evidence]).join(' ')
			);
			const mult = unitMultiplier(q.unit);
			const values = mult === 1 ? [q.answer] : [q.answer, q.answer * mult];
			const statesIt = numbersIn(quoted).some((n) => values.some((v) => Math.abs(v - n) < 1e-9));
			if (statesIt && !(q.written ?? []).length)
				problems.push(`${q.id}: the evidence states the answer; declare it in written`);
			for (const w of q.written ?? []) {
				if (gradeNumeric(q, w).score !== 1) problems.push(`${q.id}: "${w}" is not accepted`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('lets no cloze gap accept two grammatical forms of one word', () => {
		expect(clozeFormClashes(questions)).toEqual([]);
	});

	it('uses only abbreviations the text itself uses', () => {
		const known = new Set(abbreviations(source));
		const foreign = [
			...questions.flatMap((q) =>
				itemTexts(q).flatMap((t) => abbreviations(t).map((a) => [q.id, a]))
			),
			...cards.flatMap((c) => abbreviations(`${c.front} ${c.back}`).map((a) => [c.id, a]))
		]
			.filter(([, a]) => !known.has(a as string))
			.map(([id, a]) => `${id}: ${a}`);
		expect(foreign).toEqual([]);
	});

	it('declares excludes only between existing questions, never an item with itself', () => {
		const ids = new Set(questions.map((q) => q.id));
		const bad = questions.flatMap((q) =>
			(q.excludes ?? []).filter((id) => id === q.id || !ids.has(id)).map((id) => `${q.id} → ${id}`)
		);
		expect(bad).toEqual([]);
	});
});

describe('Kazakhstan bank: the president is named correctly', () => {
	const loaded = banks.find((b) => b.bank.id === 'kazachstan-2022-11');
	it('writes "Kasym-Żomart Tokajew" everywhere outside verbatim quotes of the text body', () => {
		const { questions, cards } = loaded!.bank;
		const texts = [
			...questions.flatMap((q) => [q.id, ...itemTexts(q)].map((t) => [q.id, t])),
			...cards.flatMap((c) => [c.front, c.back].map((t) => [c.id, t]))
		];
		// The explanation of q-short-tokajew names the body's misspelling in quotes, on purpose.
		const wrong = texts
			.filter(
				([, t]) => /Żomart-Tokajew|Żomart-Tokajewa/.test(t!) && !/„Kasym Żomart-Tokajew”/.test(t!)
			)
			.map(([id]) => id);
		expect(wrong).toEqual([]);
		expect(cards.find((c) => c.id === 'c-wybory-zwyciezca')?.back).toBe('Kasym-Żomart Tokajew.');
	});
});
