/**
 * Coverage of the flashcards of the real bank: every paragraph of the article is learnable from
 * the cards alone, every card is grounded, and no two cards ask the same thing.
 */
import { describe, expect, it } from 'vitest';
import { loadBankDir } from '../../src/lib/bank/fs';

const loaded = loadBankDir(process.cwd(), 'kazachstan-2022-11');
const { cards, topics } = loaded.bank;

/** The article has 18 body paragraphs; a change to source.md must revisit the cards. */
const PARAGRAPHS = Array.from({ length: 18 }, (_, i) => `p-${i + 1}`);
const MIN_CARDS = 100;
const MIN_CARDS_PER_PARAGRAPH = 4;
const MIN_CARDS_PER_TOPIC = 5;

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
const quotesOf = (evidence: string | string[] | undefined) =>
	evidence === undefined ? [] : Array.isArray(evidence) ? evidence : [evidence];

describe('flashcards of kazachstan-2022-11', () => {
	it('has at least 100 cards, all with card ids', () => {
		expect(cards.length).toBeGreaterThanOrEqual(MIN_CARDS);
		expect(cards.filter((c) => !c.id.startsWith('c-')).map((c) => c.id)).toEqual([]);
	});

	it('has exactly the 18 paragraphs the cards were written for', () => {
		expect(loaded.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.anchor)).toEqual(
			PARAGRAPHS
		);
	});

	it('grounds at least 4 cards in every paragraph', () => {
		const thin = PARAGRAPHS.map((anchor) => ({
			anchor,
			cards: cards.filter((c) => loaded.evidence[c.id]?.some((s) => s.anchor === anchor)).length
		})).filter((p) => p.cards < MIN_CARDS_PER_PARAGRAPH);
		expect(thin).toEqual([]);
	});

	it('finds every evidence quote of every card in the source', () => {
		const missing = cards
			.filter((c) => loaded.evidence[c.id]?.length !== quotesOf(c.evidence).length)
			.map((c) => c.id);
		expect(missing).toEqual([]);
	});

	it('has no two cards with the same front', () => {
		const seen = new Map<string, string>();
		const duplicates: string[] = [];
		for (const c of cards) {
			const key = normalise(c.front);
			const first = seen.get(key);
			if (first) duplicates.push(`${first} = ${c.id}`);
			else seen.set(key, c.id);
		}
		expect(duplicates).toEqual([]);
	});

	it('gives every cloze card exactly one gap, and basic cards none', () => {
		const badCloze = cards
			.filter((c) => c.kind === 'cloze' && c.front.split('___').length !== 2)
			.map((c) => c.id);
		const gapInBasic = cards.filter((c) => c.kind !== 'cloze' && c.front.includes('___'));
		expect(badCloze).toEqual([]);
		expect(gapInBasic.map((c) => c.id)).toEqual([]);
	});

	it('keeps cloze cards between 20% and 30% of the cards', () => {
		const share = cards.filter((c) => c.kind === 'cloze').length / cards.length;
		expect(share).toBeGreaterThanOrEqual(0.2);
		expect(share).toBeLessThanOrEqual(0.3);
	});

	it('asks a question on every basic card', () => {
		expect(
			cards.filter((c) => c.kind !== 'cloze' && !c.front.endsWith('?')).map((c) => c.id)
		).toEqual([]);
	});

	it.each([
		['Eurazjatycka Unia Gospodarcza', /\bEurazjatycka Unia Gospodarcza\b/],
		[
			'Organizacja Układu o Bezpieczeństwie Zbiorowym',
			/\bOrganizacja Układu o Bezpieczeństwie Zbiorowym\b/
		],
		['Pas i Szlak', /\bPas i Szlak\b/],
		['korytarz Północ-Południe', /korytarz Północ[-–]Południe/]
	])('has a term card for %s', (_, pattern) => {
		const termCards = cards.filter(
			(c) => c.kind !== 'cloze' && pattern.test(c.front) && /^(Co oznacza|Czym)/.test(c.front)
		);
		expect(termCards.length).toBeGreaterThanOrEqual(1);
	});

	it('teaches OBWE only as the text uses it: the abbreviation, with no expansion', () => {
		expect(cards.filter((c) => /\bOBWE\b/.test(c.back)).length).toBeGreaterThanOrEqual(1);
		expect(
			cards.filter((c) => /Współpracy w Europie/.test(`${c.front} ${c.back}`)).map((c) => c.id)
		).toEqual([]);
	});

	it('gives every topic at least 5 cards', () => {
		const thin = topics
			.map((t) => ({ topic: t.id, cards: cards.filter((c) => c.topics.includes(t.id)).length }))
			.filter((t) => t.cards < MIN_CARDS_PER_TOPIC);
		expect(thin).toEqual([]);
	});

	it('keeps the ids of the starter cards', () => {
		const ids = new Set(cards.map((c) => c.id));
		expect(['c-granica', 'c-oubz', 'c-pierwsza-wizyta'].filter((id) => !ids.has(id))).toEqual([]);
	});
});
