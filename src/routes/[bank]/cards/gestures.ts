/** What a key press or a swipe on the flashcards page means. Pure. */
import { RATING, type RatingValue } from '$lib/srs/records';

export type CardAction =
	{ type: 'reveal' } | { type: 'rate'; rating: RatingValue } | { type: 'undo' };

export interface KeyContext {
	/** A card is shown. */
	hasCard: boolean;
	revealed: boolean;
	canUndo: boolean;
	/** The key went to a text field (typing, not a shortcut). */
	inField: boolean;
	/** The key went to a focused button or link (it does its own job on Space/Enter). */
	onControl: boolean;
}

/**
 * Space/Enter shows the answer, then means Dobre (as in Anki); 1–4 rate; u undoes. Null when
 * the key is not a shortcut here.
 */
export function keyAction(
	key: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; repeat: boolean },
	c: KeyContext
): CardAction | null {
	if (key.ctrlKey || key.metaKey || key.altKey || key.repeat || c.inField || !c.hasCard)
		return null;
	const k = key.key;
	if (k === ' ' || k === 'Enter') {
		if (c.onControl) return null;
		return c.revealed ? { type: 'rate', rating: RATING.good } : { type: 'reveal' };
	}
	if (c.revealed && /^[1-4]$/.test(k)) return { type: 'rate', rating: Number(k) as RatingValue };
	if ((k === 'u' || k === 'U') && c.canUndo) return { type: 'undo' };
	return null;
}

/** Shortest horizontal swipe that rates, in CSS pixels. */
export const SWIPE_MIN_PX = 80;

/** A swipe on the answer side: left = Znowu, right = Dobre; null when too short or too steep. */
export function swipeRating(dx: number, dy: number): RatingValue | null {
	if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < Math.abs(dy) * 1.5) return null;
	return dx < 0 ? RATING.again : RATING.good;
}
