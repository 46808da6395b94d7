/** Rules of the projector's slide deck (pure): timing per question and what a key does. */

/** Seconds per question: the quiz's time limit shared out (at least 10), or a minute. */
export function secondsPerSlide(timeLimitMinutes: number, questions: number): number {
	if (timeLimitMinutes <= 0 || questions <= 0) return 60;
	return Math.max(10, Math.round((timeLimitMinutes * 60) / questions));
}

/** Seconds left on a slide shown since `startedAt` (ms), never below 0. */
export function secondsLeft(perSlide: number, startedAt: number, now: number): number {
	return Math.max(0, perSlide - Math.floor((now - startedAt) / 1000));
}

export type DeckAction = 'next' | 'previous' | 'reveal' | 'fullscreen';

/**
 * What a key press does on the deck, or null. `onControl`: focus is on a button, link or
 * field (Space and Enter then belong to it); `onQuestion`: a question slide is shown.
 */
export function deckAction(
	key: string,
	{ onControl, onQuestion }: { onControl: boolean; onQuestion: boolean }
): DeckAction | null {
	if (key === 'ArrowRight' || key === 'PageDown') return 'next';
	if (key === 'ArrowLeft' || key === 'PageUp') return 'previous';
	if ((key === ' ' || key === 'Enter') && !onControl && onQuestion) return 'reveal';
	if (key === 'f' && !onControl) return 'fullscreen';
	return null;
}
