import { describe, expect, it } from 'vitest';
import { answer } from '../../src/lib/authoring/worker';
import { authoringStrings } from '../../src/lib/authoring/strings';
import { formatNumber } from '../../src/lib/format';

describe('worker answer', () => {
	it('answers a request with the proposals and its id', () => {
		const response = answer({
			id: 7,
			text: 'W 966 r. Mieszko I przyjął chrzest w Gnieźnie lub Poznaniu.'
		});
		expect(response.id).toBe(7);
		expect(response.result?.ok && response.result.proposals.proposals.map((p) => p.rule)).toEqual([
			'cloze',
			'card-cloze'
		]);
	});

	it('answers bad input with a problem, never an exception', () => {
		expect(answer({ id: 1, text: '' })).toEqual({
			id: 1,
			result: { ok: false, problem: { code: 'empty' } }
		});
		expect(answer({ id: 2, text: '<p>   </p><br><div></div>' })).toEqual({
			id: 2,
			result: { ok: false, problem: { code: 'empty' } }
		});
	});
});

describe('messages for bad input', () => {
	it('says what is wrong and what to do, in Polish', () => {
		expect(authoringStrings.problem({ code: 'empty' })).toBe(
			'Tekst jest pusty. Wklej tekst lekcji albo notatek.'
		);
		expect(authoringStrings.problem({ code: 'too-long', chars: 1_000_000, limit: 100_000 })).toBe(
			`Tekst jest za długi: ${formatNumber(1_000_000)} znaków, a najwięcej można ${formatNumber(100_000)}. Podziel go na części i zrób z każdej osobny zestaw.`
		);
		expect(authoringStrings.problem({ code: 'not-polish' })).toBe(
			'Ten tekst nie wygląda na polski. Propozycje pytań powstają tylko z tekstów po polsku.'
		);
	});
});
