import { describe, expect, it } from 'vitest';
import {
	arrangedItems,
	chosenOptions,
	fillGap,
	gapText,
	matchPairs,
	moveItem,
	pairMatch,
	pairNumber,
	shownIndices,
	toggleOption,
	typedAnswer,
	unpairMatch
} from '../../src/lib/quiz/answers';
import type { QuestionOf } from '../../src/lib/quiz/types';
import { cloze as clozeQ, match as matchQ, order as orderQ } from './quiz-fixtures';

const match = matchQ as QuestionOf<'match'>;
const order = orderQ as QuestionOf<'order'>;
const cloze = clozeQ as QuestionOf<'cloze'>;

describe('choosing options', () => {
	it('shows options in the session order, or as written when the order does not fit', () => {
		expect(shownIndices(4, [2, 0, 3, 1])).toEqual([2, 0, 3, 1]);
		expect(shownIndices(3, [])).toEqual([0, 1, 2]);
		expect(shownIndices(3, [1, 0])).toEqual([0, 1, 2]);
	});

	it('ticks and unticks options, sorted and without repeats', () => {
		expect(toggleOption(null, 2, true)).toEqual([2]);
		expect(toggleOption([2], 0, true)).toEqual([0, 2]);
		expect(toggleOption([0, 2], 0, true)).toEqual([0, 2]);
		expect(toggleOption([0, 2], 2, false)).toEqual([0]);
		expect(toggleOption([0], 0, false)).toEqual([]);
		expect(toggleOption('nonsens', 1, true)).toEqual([1]);
		expect(chosenOptions([1, 'x', null, 3])).toEqual([1, 3]);
	});
});

describe('matching pairs', () => {
	it('pairs a left item with a right one, taking the right one from another pair', () => {
		expect(matchPairs(match, null)).toEqual([null, null, null, null]);
		const one = pairMatch(match, null, 0, 2);
		expect(one).toEqual([2, null, null, null]);
		expect(pairMatch(match, one, 1, 2)).toEqual([null, 2, null, null]);
		expect(pairMatch(match, [2, 1, null, null], 0, 3)).toEqual([3, 1, null, null]);
	});

	it('unpairs, and an answer without pairs is not answered', () => {
		expect(unpairMatch(match, [3, 1, null, null], 0)).toEqual([null, 1, null, null]);
		expect(unpairMatch(match, [null, 1, null, null], 1)).toBeNull();
	});

	it('numbers pairs by their left item, skipping unpaired ones', () => {
		const pairs = [null, 3, null, 0];
		expect([0, 1, 2, 3].map((i) => pairNumber(pairs, i))).toEqual([0, 1, 0, 2]);
		expect(pairNumber(pairs, -1)).toBe(0);
	});
});

describe('ordering items', () => {
	it('starts from the shown order and keeps a complete arrangement', () => {
		expect(arrangedItems(order, null, [4, 3, 2, 1, 0])).toEqual([4, 3, 2, 1, 0]);
		expect(arrangedItems(order, [1, 0, 2, 3, 4], [4, 3, 2, 1, 0])).toEqual([1, 0, 2, 3, 4]);
		expect(arrangedItems(order, [1, 0], [4, 3, 2, 1, 0])).toEqual([4, 3, 2, 1, 0]);
	});

	it('moves an item up, down or far, and ignores moves off the list', () => {
		const list = [0, 1, 2, 3, 4];
		expect(moveItem(list, 2, 1)).toEqual([0, 2, 1, 3, 4]);
		expect(moveItem(list, 2, 3)).toEqual([0, 1, 3, 2, 4]);
		expect(moveItem(list, 0, 4)).toEqual([1, 2, 3, 4, 0]);
		expect(moveItem(list, 0, -1)).toEqual(list);
		expect(moveItem(list, 4, 5)).toEqual(list);
		expect(moveItem(list, 2, 2)).toEqual(list);
		expect(list).toEqual([0, 1, 2, 3, 4]);
	});
});

describe('filling gaps and typing', () => {
	it('fills one gap at a time; all blank is not answered', () => {
		const one = fillGap(cloze, null, 2, 'ośmiokrotny');
		expect(one).toEqual(['', 'ośmiokrotny']);
		expect(fillGap(cloze, one, 1, '80')).toEqual(['80', 'ośmiokrotny']);
		expect(fillGap(cloze, ['80', ''], 1, '  ')).toBeNull();
		expect(fillGap(cloze, ['80', 'x'], 3, 'poza')).toEqual(['80', 'x']);
		expect(gapText(['80', null], 1)).toBe('80');
		expect(gapText(['80', null], 2)).toBe('');
		expect(gapText(null, 1)).toBe('');
	});

	it('an empty field is not answered', () => {
		expect(typedAnswer('')).toBeNull();
		expect(typedAnswer(' Łódź')).toBe(' Łódź');
	});
});
