import { describe, expect, it } from 'vitest';
import { clozeGaps, parseCloze } from '../../src/lib/bank/cloze';
import { fillCloze } from '../../src/lib/quiz/grade';

describe('the cloze parser', () => {
	it('splits a text into runs and numbered gaps, in reading order', () => {
		expect(parseCloze('Wysłano {1} tys. ton, co oznacza {2} wzrost.')).toEqual([
			{ kind: 'text', text: 'Wysłano ' },
			{ kind: 'gap', n: 1 },
			{ kind: 'text', text: ' tys. ton, co oznacza ' },
			{ kind: 'gap', n: 2 },
			{ kind: 'text', text: ' wzrost.' }
		]);
		expect(parseCloze('{2}{1}')).toEqual([
			{ kind: 'gap', n: 2 },
			{ kind: 'gap', n: 1 }
		]);
		expect(parseCloze('bez luk {a}')).toEqual([{ kind: 'text', text: 'bez luk {a}' }]);
		expect(parseCloze('')).toEqual([]);
	});

	it('lists the gap numbers with repeats, for the validator', () => {
		expect(clozeGaps('{1} i {3}, znowu {1}')).toEqual([1, 3, 1]);
		expect(clozeGaps('nic')).toEqual([]);
	});

	it('fills gaps for the correct answer, leaving a gap without a fill as written', () => {
		expect(fillCloze('W {1} roku {2}.', ['2022', null])).toBe('W 2022 roku {2}.');
	});
});
