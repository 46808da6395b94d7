import { describe, expect, it } from 'vitest';
import {
	buryCard,
	defaultSettings,
	intervalLabel,
	isLeechLapse,
	newCardState,
	previewRatings,
	rateCard,
	setSuspended,
	deriveCard,
	validateForm,
	toForm,
	parseSteps
} from '../../src/lib/srs';
import type { CardStateRecord } from '../../src/lib/srs/records';

const NOON = new Date(2026, 0, 15, 12, 0);
const MIN = 60_000;
const DAY = 86_400_000;
const settings = defaultSettings('b');
const ids = (cardId: string, logId = 'r-1') => ({ bankId: 'b', cardId, logId });

describe('scheduler', () => {
	it('previews the four ratings of a new card with Anki-like intervals', () => {
		expect(previewRatings(undefined, settings, NOON)).toEqual([
			{ rating: 1, due: new Date(NOON.getTime() + MIN), label: '1 min' },
			{ rating: 2, due: new Date(NOON.getTime() + 6 * MIN), label: '6 min' },
			{ rating: 3, due: new Date(NOON.getTime() + 10 * MIN), label: '10 min' },
			{ rating: 4, due: new Date(NOON.getTime() + 10 * DAY), label: '10 dni' }
		]);
	});

	it('rates a new card Dobre: learning, next step in 10 min, with a whole log entry', () => {
		const { card, log, leechReached } = rateCard(undefined, ids('c1'), 3, settings, NOON);
		expect(card).toEqual({
			bankId: 'b',
			cardId: 'c1',
			due: new Date(NOON.getTime() + 10 * MIN),
			stability: 2.3065,
			difficulty: 2.11810397,
			elapsed_days: 0,
			scheduled_days: 0,
			learning_steps: 1,
			reps: 1,
			lapses: 0,
			state: 1,
			suspended: false,
			leech: false,
			log: ['r-1'],
			updatedAt: NOON.getTime(),
			last_review: NOON
		});
		expect(log).toEqual({
			id: 'r-1',
			bankId: 'b',
			cardId: 'c1',
			rating: 3,
			state: 0,
			due: NOON,
			stability: 0,
			difficulty: 0,
			elapsed_days: 0,
			last_elapsed_days: 0,
			scheduled_days: 0,
			learning_steps: 0,
			review: NOON,
			updatedAt: NOON.getTime()
		});
		expect(leechReached).toBe(false);
	});

	it('the preview shows exactly where each rating sends the card', () => {
		let record: CardStateRecord | undefined;
		let now = NOON;
		for (const rating of [3, 3, 3, 1, 3] as const) {
			const preview = previewRatings(record, settings, now);
			const rated = rateCard(record, ids('c1'), rating, settings, now);
			expect(rated.card.due).toEqual(preview[rating - 1]!.due);
			record = rated.card;
			now = rated.card.due;
		}
		expect(record!.lapses).toBe(1);
	});

	it('derivation from the log equals rating step by step; undo = derive without the entry', () => {
		const first = rateCard(undefined, ids('c1', 'r-1'), 4, settings, NOON);
		const later = new Date(first.card.due.getTime() + DAY);
		const second = rateCard(first.card, ids('c1', 'r-2'), 1, settings, later);
		expect(second.card).not.toEqual(first.card);
		expect(second.card.log).toEqual(['r-1', 'r-2']);
		const at = new Date(later.getTime() + MIN);
		const derive = (entries: (typeof first.log)[], base?: CardStateRecord) =>
			deriveCard({ bankId: 'b', cardId: 'c1', entries, base, settings, now: at });
		// From nothing, in any order of arrival: the same state as rating one by one.
		const whole = second.card;
		expect(derive([second.log, first.log])).toEqual(whole);
		expect(derive([first.log, second.log], first.card)).toEqual(whole);
		// A state that already reflects its entries is kept as it is.
		expect(derive([first.log, second.log], second.card)).toBe(second.card);
		// Undo of the second rating: the first rating's state, with the flags kept.
		const flagged = { ...second.card, suspended: true };
		expect(derive([first.log], flagged)).toEqual({ ...first.card, suspended: true });
		// Undoing the first rating of a new card leaves no record at all.
		expect(derive([], first.card)).toBeUndefined();
	});

	it('bury and suspend keep the schedule and set only their own fields', () => {
		const base = rateCard(undefined, ids('c1'), 4, settings, NOON).card;
		const later = new Date(NOON.getTime() + MIN);
		const until = new Date(2026, 0, 16, 4, 0);
		expect(buryCard(base, until, later)).toEqual({
			...base,
			buriedUntil: until,
			updatedAt: later.getTime()
		});
		expect(setSuspended(base, true, later)).toEqual({
			...base,
			suspended: true,
			updatedAt: later.getTime()
		});
		// A rating clears the burial.
		const rated = rateCard(buryCard(base, until, later), ids('c1'), 3, settings, base.due);
		expect(rated.card.buriedUntil).toBeUndefined();
	});
});

describe('leeches', () => {
	function reviewCard(lapses: number): CardStateRecord {
		return {
			...newCardState('b', 'c1', NOON),
			state: 2,
			stability: 5,
			difficulty: 7,
			reps: 20,
			lapses,
			scheduled_days: 5,
			last_review: new Date(NOON.getTime() - 5 * DAY),
			due: NOON
		};
	}

	it('marks the card at the 8th lapse and tells the learner (leechAction: mark)', () => {
		const r = rateCard(reviewCard(7), ids('c1'), 1, settings, NOON);
		expect(r.card.lapses).toBe(8);
		expect(r.leechReached).toBe(true);
		expect(r.card.leech).toBe(true);
		expect(r.card.suspended).toBe(false);
	});

	it('marks and suspends with leechAction: suspend', () => {
		const r = rateCard(reviewCard(7), ids('c1'), 1, { ...settings, leechAction: 'suspend' }, NOON);
		expect([r.leechReached, r.card.leech, r.card.suspended]).toEqual([true, true, true]);
	});

	it('does nothing before 8 lapses or on a pass; warns again every 4 lapses', () => {
		const six = rateCard(reviewCard(6), ids('c1'), 1, settings, NOON);
		expect([six.card.lapses, six.leechReached, six.card.leech]).toEqual([7, false, false]);
		const pass = rateCard(reviewCard(8), ids('c1'), 3, settings, NOON);
		expect(pass.leechReached).toBe(false);
		expect([isLeechLapse(8, 9), isLeechLapse(11, 12), isLeechLapse(15, 16)]).toEqual([
			false,
			true,
			true
		]);
	});
});

describe('interval labels', () => {
	it('speaks Polish, as short as Anki’s buttons', () => {
		const cases: [number, string][] = [
			[30_000, '<1 min'],
			[MIN, '1 min'],
			[10 * MIN, '10 min'],
			[60 * MIN, '1 godz.'],
			[90 * MIN, '1,5 godz.'],
			[DAY, '1 dzień'],
			[3 * DAY, '3 dni'],
			[22 * DAY, '22 dni'],
			[60 * DAY, '2 mies.'],
			[45 * DAY, '1,5 mies.'],
			[365 * DAY, '1 rok'],
			[Math.round(1.5 * 365) * DAY, '1,5 roku'],
			[730 * DAY, '2 lata'],
			[5 * 365 * DAY, '5 lat']
		];
		expect(cases.map(([ms]) => intervalLabel(ms))).toEqual(cases.map(([, label]) => label));
	});
});

describe('settings form', () => {
	it('accepts the defaults and rejects bad input with Polish messages', () => {
		const base = defaultSettings('b');
		const ok = validateForm(toForm(base), base, 5);
		expect(ok).toEqual({ ok: true, settings: { ...base, updatedAt: 5 } });
		const bad = validateForm(
			{
				...toForm(base),
				desiredRetention: '0,99',
				newPerDay: '-1',
				learningSteps: '1m 10x',
				dayStartHour: '24'
			},
			base,
			5
		);
		expect(bad).toEqual({
			ok: false,
			errors: {
				desiredRetention: 'Podaj liczbę od 0,70 do 0,97, np. 0,90.',
				newPerDay: 'Podaj liczbę całkowitą od 0 do 9999.',
				learningSteps:
					'Podaj kroki jak „1m 10m” (liczba i jednostka m, h lub d, oddzielone spacją).',
				dayStartHour: 'Podaj liczbę całkowitą od 0 do 23.'
			}
		});
		expect(parseSteps('1m, 10m 1d')).toEqual(['1m', '10m', '1d']);
		expect(parseSteps('')).toEqual([]);
	});
});
