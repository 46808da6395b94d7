import { describe, expect, it } from 'vitest';
import { deckAction, secondsLeft, secondsPerSlide } from '../../src/lib/classroom/deck';

describe('projector deck', () => {
	it('shares the time limit out per question, at least 10 s, a minute without a limit', () => {
		expect([secondsPerSlide(10, 5), secondsPerSlide(1, 20), secondsPerSlide(0, 5)]).toEqual([
			120, 10, 60
		]);
		expect([
			secondsLeft(60, 1_000, 1_000),
			secondsLeft(60, 1_000, 30_999),
			secondsLeft(60, 0, 90_000)
		]).toEqual([60, 31, 0]);
	});

	it('maps keys to actions; Space and Enter on a button belong to the button', () => {
		const free = { onControl: false, onQuestion: true };
		const keys = ['ArrowRight', 'PageDown', 'ArrowLeft', 'PageUp', ' ', 'Enter', 'f', 'x'];
		expect(keys.map((k) => deckAction(k, free))).toEqual([
			'next',
			'next',
			'previous',
			'previous',
			'reveal',
			'reveal',
			'fullscreen',
			null
		]);
		const onButton = { onControl: true, onQuestion: true };
		expect(keys.map((k) => deckAction(k, onButton))).toEqual([
			'next',
			'next',
			'previous',
			'previous',
			null,
			null,
			null,
			null
		]);
		expect(deckAction('Enter', { onControl: false, onQuestion: false })).toBeNull();
	});
});
