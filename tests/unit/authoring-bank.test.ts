import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuote, parseSource } from '../../src/lib/bank/source';
import { bankOf, checkBank, itemsOf, localBankId } from '../../src/lib/authoring/bank';
import { proposeText } from '../../src/lib/authoring/engine';
import type { Proposals } from '../../src/lib/authoring/types';

const FIXTURES = ['wisla', 'chrzest', 'misja'] as const;

function proposalsFor(name: string): Proposals {
	const result = proposeText(readFileSync(`tests/fixtures/authoring/${name}.md`, 'utf8'));
	if (!result.ok) throw new Error(`${name}: ${result.problem.code}`);
	return result.proposals;
}

describe.each(FIXTURES)('proposals for %s', (name) => {
	const made = proposalsFor(name);

	it('make a bank that the bank validator accepts against the text', () => {
		const { questions, cards } = itemsOf(made.proposals);
		const bank = bankOf({ id: localBankId(name), title: name }, made, questions, cards);
		const result = checkBank(bank, made.sourceText);
		expect(result.ok ? [] : result.problems).toEqual([]);
	});

	it('quote every evidence sentence verbatim from the paragraph they name', () => {
		const blocks = parseSource(made.sourceText);
		for (const p of made.proposals) {
			const block = blocks.find((b) => b.anchor === p.paragraph);
			expect(block?.text, p.id).toContain(p.evidence[0]);
			for (const quote of p.evidence) expect(findQuote(blocks, quote), p.id).toBeDefined();
		}
	});

	it('have every answer inside its evidence', () => {
		for (const p of made.proposals) {
			for (const a of p.answers) expect(p.evidence.join(' '), p.id).toContain(a);
		}
	});

	it('have no duplicate ids, prompts or card fronts', () => {
		const ids = made.proposals.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
		const keys = made.proposals.map((p) =>
			p.item.kind === 'card'
				? p.item.card.front
				: `${p.item.question.prompt} ${p.item.question.type === 'cloze' ? p.item.question.text : ''}`
		);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('give the same proposals for the same text', () => {
		expect(proposalsFor(name)).toEqual(made);
	});
});

describe('localBankId', () => {
	it('prefixes the slug of the title and avoids taken ids', () => {
		expect(localBankId('Wisła — od źródeł do ujścia')).toBe('moj-wisla-od-zrodel-do-ujscia');
		expect(localBankId('Wisła', new Set(['moj-wisla', 'moj-wisla-2']))).toBe('moj-wisla-3');
		expect(localBankId('!!!')).toBe('moj-zestaw');
	});
});

describe('bankOf', () => {
	it('keeps only the topics the accepted items use', () => {
		const made = proposalsFor('wisla');
		const first = made.proposals.find((p) => p.item.kind === 'question');
		const { questions } = itemsOf(first ? [first] : []);
		const bank = bankOf({ id: 'moj-wisla', title: 'Wisła' }, made, questions, []);
		expect(bank.topics).toEqual([{ id: 'wisla', label: 'Wisła' }]);
		expect(bank.description).toBe('Zestaw z tekstu „Wisła”.');
		expect(checkBank(bank, made.sourceText).ok).toBe(true);
	});
});
