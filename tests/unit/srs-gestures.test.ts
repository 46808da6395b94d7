import { describe, expect, it } from 'vitest';
import { keyAction, swipeRating } from '../../src/routes/[bank]/cards/gestures';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; repeat: boolean }> = {}) => ({
	key: k,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	repeat: false,
	...mods
});
const front = { hasCard: true, revealed: false, canUndo: true, inField: false, onControl: false };
const back = { ...front, revealed: true };

describe('flashcard keys and swipes', () => {
	it('Space/Enter show the answer, then mean Dobre; 1–4 rate; u undoes', () => {
		expect(keyAction(key(' '), front)).toEqual({ type: 'reveal' });
		expect(keyAction(key('Enter'), front)).toEqual({ type: 'reveal' });
		expect(keyAction(key(' '), back)).toEqual({ type: 'rate', rating: 3 });
		expect(['1', '2', '3', '4'].map((k) => keyAction(key(k), back))).toEqual([
			{ type: 'rate', rating: 1 },
			{ type: 'rate', rating: 2 },
			{ type: 'rate', rating: 3 },
			{ type: 'rate', rating: 4 }
		]);
		expect(keyAction(key('U'), front)).toEqual({ type: 'undo' });
	});

	it('ignores keys for fields, focused buttons, modifiers, repeats and the front side digits', () => {
		expect(keyAction(key('3'), front)).toBeNull();
		expect(keyAction(key(' '), { ...front, onControl: true })).toBeNull();
		expect(keyAction(key('1'), { ...back, inField: true })).toBeNull();
		expect(keyAction(key('1', { ctrlKey: true }), back)).toBeNull();
		expect(keyAction(key('1', { repeat: true }), back)).toBeNull();
		expect(keyAction(key('u'), { ...front, canUndo: false })).toBeNull();
		expect(keyAction(key(' '), { ...front, hasCard: false })).toBeNull();
	});

	it('a long flat swipe rates: left Znowu, right Dobre', () => {
		expect(swipeRating(-120, 10)).toBe(1);
		expect(swipeRating(120, -10)).toBe(3);
		expect(swipeRating(79, 0)).toBeNull();
		expect(swipeRating(100, 80)).toBeNull();
	});
});
