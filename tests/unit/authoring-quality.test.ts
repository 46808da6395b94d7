/**
 * Quality of the proposals on three measurement texts, against a careful reader's verdicts
 * kept in `tests/fixtures/authoring/*.judged.json` (see the README there). When a rule
 * changes what it proposes, the changed proposals must be judged again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { proposeText } from '../../src/lib/authoring/engine';
import type { Card, Question } from '../../src/lib/bank/types';

interface Judged {
	text: string;
	kind: string;
	/** Anchors of the paragraphs that state a fact. */
	factParagraphs: string[];
	proposals: {
		id: string;
		rule: string;
		verdict: 'accepted' | 'rejected';
		reason?: string;
		item: Question | Card;
	}[];
}

const FIXTURES = ['wisla', 'chrzest', 'misja'];

describe.each(FIXTURES)('%s', (name) => {
	const judged = JSON.parse(
		readFileSync(`tests/fixtures/authoring/${name}.judged.json`, 'utf8')
	) as Judged;
	const result = proposeText(readFileSync(`tests/fixtures/authoring/${judged.text}`, 'utf8'));
	if (!result.ok) throw new Error(result.problem.code);
	const made = result.proposals.proposals;
	const byId = new Map(judged.proposals.map((p) => [p.id, p]));

	it('still makes every accepted proposal, unchanged', () => {
		const produced = new Map(
			made.map((p) => [p.id, p.item.kind === 'card' ? p.item.card : p.item.question])
		);
		for (const p of judged.proposals.filter((j) => j.verdict === 'accepted')) {
			expect(produced.get(p.id), p.id).toEqual(p.item);
		}
	});

	it('makes only proposals that have been judged', () => {
		const unjudged = made
			.filter((p) => {
				const j = byId.get(p.id);
				const item = p.item.kind === 'card' ? p.item.card : p.item.question;
				return !j || JSON.stringify(j.item) !== JSON.stringify(item);
			})
			.map((p) => p.id);
		expect(unjudged).toEqual([]);
	});

	it('has at least 90% of its proposals accepted unchanged', () => {
		const accepted = made.filter((p) => byId.get(p.id)?.verdict === 'accepted').length;
		expect(accepted / made.length).toBeGreaterThanOrEqual(0.9);
	});

	it('has an accepted proposal for every paragraph that states a fact', () => {
		const covered = new Set(
			made.filter((p) => byId.get(p.id)?.verdict === 'accepted').map((p) => p.paragraph)
		);
		expect(judged.factParagraphs.filter((a) => !covered.has(a))).toEqual([]);
	});
});
