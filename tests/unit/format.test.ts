import { describe, expect, it } from 'vitest';
import {
	formatDateTime,
	formatDay,
	formatDays,
	formatDuration,
	formatNumber,
	formatPercent,
	formatTime,
	polishCollator
} from '$lib/format';

const NBSP = /\u00a0/g;
const plain = (s: string) => s.replace(NBSP, ' ');

describe('format', () => {
	it('formats numbers the Polish way', () => {
		expect(plain(formatNumber(7598))).toBe('7598'); // Polish groups only from 5 digits
		expect(plain(formatNumber(80000))).toBe('80 000');
		expect(formatNumber(1.25, 2)).toBe('1,25');
		expect(formatNumber(1.256)).toBe('1');
	});
	it('formats percentages, with a dash for no value', () => {
		expect(formatPercent(0.8)).toBe('80%');
		expect(formatPercent(0.755, 1)).toBe('75,5%');
		expect(formatPercent(null)).toBe('—');
		expect(formatPercent(Number.NaN)).toBe('—');
	});
	it('formats durations and days', () => {
		expect(formatDuration(45_000)).toBe('45 s');
		expect(formatDuration(245_000)).toBe('4 min 05 s');
		expect(formatDays(1)).toBe('1 dzień');
		expect(formatDays(3)).toBe('3 dni');
	});
	it('formats dates in a given time zone', () => {
		const ms = Date.UTC(2026, 11, 1, 19, 46);
		expect(formatDateTime(ms, 'Europe/Warsaw')).toBe('1.12.2026, 20:46');
		expect(formatDay(ms, 'Europe/Warsaw')).toBe('1 gru 2026');
		expect(formatTime(ms, 'Europe/Warsaw')).toBe('20:46');
	});
	it('sorts Polish words in alphabetical order', () => {
		expect(['łódź', 'zebra', 'lis', 'ćma', 'cel'].sort(polishCollator.compare)).toEqual([
			'cel',
			'ćma',
			'lis',
			'łódź',
			'zebra'
		]);
	});
});
