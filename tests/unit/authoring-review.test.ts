import { describe, expect, it } from 'vitest';
import { proposeText } from '../../src/lib/authoring/engine';
import {
	acceptAllOfRule,
	acceptedBank,
	byParagraph,
	counts,
	judge,
	pendingRules,
	startReview
} from '../../src/lib/authoring/review';
import { summarise } from '../../src/lib/authoring/summary';

const TEXT = `W 1385 r. Jadwiga poślubiła Władysława Jagiełłę w Krakowie. W 1410 r. Władysław Jagiełło pokonał Krzyżaków pod Grunwaldem.

W 1569 r. Polska i Litwa zawarły unię w Lublinie.`;

const result = proposeText(TEXT);
if (!result.ok) throw new Error(result.problem.code);
const made = result.proposals;

describe('review', () => {
	it('starts with every proposal waiting', () => {
		const state = startReview(made);
		expect(counts(state)).toEqual({ accepted: 0, rejected: 0, pending: made.proposals.length });
	});

	it('accepts, rejects and accepts all of one kind', () => {
		let state = startReview(made);
		state = judge(state, 'q-p1-z1-true-false', 'rejected');
		state = acceptAllOfRule(state, made, 'card-cloze');
		const cards = made.proposals.filter((p) => p.rule === 'card-cloze').map((p) => p.id);
		expect(cards.map((id) => state[id])).toEqual(cards.map(() => 'accepted'));
		expect(state['q-p1-z1-true-false']).toBe('rejected');
		expect(pendingRules(state, made)).not.toContain('card-cloze');
		expect(judge(state, 'nie-ma', 'accepted')).toBe(state);
	});

	it('groups proposals by paragraph', () => {
		const groups = byParagraph(made);
		expect([...groups.keys()]).toEqual(['p-1', 'p-2']);
		expect(groups.get('p-2')?.every((p) => p.paragraph === 'p-2')).toBe(true);
	});

	it('makes a valid bank of the accepted proposals only', () => {
		let state = startReview(made);
		state = judge(state, 'q-p1-z1-single', 'accepted');
		state = judge(state, 'c-p2-z1-card-cloze', 'accepted');
		const { bank, validation } = acceptedBank(state, made, { id: 'moj-unia', title: 'Unia' });
		expect(bank.questions.map((q) => q.id)).toEqual(['q-p1-z1-single']);
		expect(bank.cards.map((c) => c.id)).toEqual(['c-p2-z1-card-cloze']);
		expect(validation.ok).toBe(true);
	});
});

describe('summarise', () => {
	it('shows what is asked and the right answer of each kind', () => {
		const line = (id: string) => {
			const p = made.proposals.find((x) => x.id === id);
			return p && summarise(p);
		};
		expect(line('q-p1-z1-single')).toEqual({
			ask: 'Co należy wstawić w lukę? „W ___ r. Jadwiga poślubiła Władysława Jagiełłę w Krakowie.” (1385 / 1410 / 1569)',
			answer: '1385'
		});
		expect(line('q-p1-z2-cloze')).toEqual({
			ask: 'Uzupełnij zdanie z tekstu. W ___ r. Władysław Jagiełło pokonał Krzyżaków pod Grunwaldem.',
			answer: '1410'
		});
		expect(line('c-p1-z1-card-cloze')).toEqual({
			ask: 'W 1385 r. ___ poślubiła Władysława Jagiełłę w Krakowie.',
			answer: 'Jadwiga'
		});
	});
});
