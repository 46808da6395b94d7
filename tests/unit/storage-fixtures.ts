/** Realistic records of every progress kind, with fixed dates, for the storage tests. */
import type {
	AttemptRecord,
	CardStateRecord,
	ReviewLogRecord,
	SessionRecord,
	SrsSettings
} from '../../src/lib/storage';

export const BANK = 'kazachstan-2022-11';
export const OTHER_BANK = 'inny-zestaw';
/** 24 Nov 2026, 12:00 UTC. */
export const T0 = Date.UTC(2026, 10, 24, 12, 0, 0);
export const DAY = 86_400_000;

export function card(
	bankId: string,
	cardId: string,
	updatedAt: number,
	over: Partial<CardStateRecord> = {}
): CardStateRecord {
	return {
		bankId,
		cardId,
		due: new Date(updatedAt + 3 * DAY),
		stability: 3.173,
		difficulty: 5.31,
		elapsed_days: 1,
		scheduled_days: 3,
		learning_steps: 0,
		reps: 2,
		lapses: 0,
		state: 2,
		last_review: new Date(updatedAt),
		suspended: false,
		leech: false,
		log: [],
		updatedAt,
		...over
	};
}

export function review(
	bankId: string,
	cardId: string,
	id: string,
	at: number,
	rating: 1 | 2 | 3 | 4 = 3
): ReviewLogRecord {
	return {
		id,
		bankId,
		cardId,
		rating,
		state: 0,
		due: new Date(at),
		stability: 0,
		difficulty: 0,
		elapsed_days: 0,
		last_elapsed_days: 0,
		scheduled_days: 0,
		learning_steps: 0,
		review: new Date(at),
		updatedAt: at
	};
}

const options = {
	count: 10,
	topics: [],
	types: [],
	difficulties: [1, 2, 3],
	mode: 'practice',
	timeLimitMinutes: 0,
	shuffleOptions: true
} satisfies AttemptRecord['options'];

export function attempt(bankId: string, id: string, at: number): AttemptRecord {
	return {
		id,
		bankId,
		options,
		seed: 'abc123',
		questionIds: ['q-granica', 'q-12'],
		answers: { 'q-granica': 1, 'q-12': 'Tokajew' },
		scores: { 'q-granica': 1, 'q-12': 0.5 },
		score: 1.5,
		maxScore: 2,
		startedAt: at - 60_000,
		finishedAt: at,
		durationMs: 60_000,
		updatedAt: at
	};
}

export function session(bankId: string, id: string, at: number): SessionRecord {
	return {
		id,
		bankId,
		options,
		seed: 'xyz',
		questionIds: ['q-granica'],
		orders: { 'q-granica': [2, 0, 1, 3] },
		answers: { 'q-granica': null },
		checked: [],
		skipped: [],
		current: 0,
		startedAt: at,
		deadline: null,
		updatedAt: at
	};
}

export function srsSettings(bankId: string): SrsSettings {
	return {
		type: 'srs',
		bankId,
		desiredRetention: 0.9,
		newPerDay: 20,
		reviewsPerDay: 200,
		learningSteps: ['1m', '10m'],
		relearningSteps: ['10m'],
		maximumInterval: 36500,
		enableFuzz: true,
		dayStartHour: 4,
		leechAction: 'mark',
		updatedAt: T0
	};
}

/**
 * Cards as version 1 of the app stored them in IndexedDB: `suspended` as 0/1, no `leech`.
 * Dates are Date objects, as IndexedDB keeps them.
 */
export const cardsV1: Record<string, { v: 1; data: Record<string, unknown> }> = {
	[`${BANK}/f-granica`]: {
		v: 1,
		data: {
			bankId: BANK,
			cardId: 'f-granica',
			due: new Date(T0 + 2 * DAY),
			stability: 2.3065,
			difficulty: 6.4133,
			elapsed_days: 0,
			scheduled_days: 2,
			learning_steps: 0,
			reps: 1,
			lapses: 0,
			state: 2,
			last_review: new Date(T0),
			suspended: 0,
			updatedAt: T0
		}
	},
	[`${BANK}/f-tokajew`]: {
		v: 1,
		data: {
			bankId: BANK,
			cardId: 'f-tokajew',
			due: new Date(T0 + 600_000),
			stability: 0.4,
			difficulty: 9.2,
			elapsed_days: 0,
			scheduled_days: 0,
			learning_steps: 1,
			reps: 14,
			lapses: 9,
			state: 3,
			last_review: new Date(T0),
			suspended: 1,
			updatedAt: T0 + 1
		}
	}
};

const FSRS_KEYS = [
	'due',
	'stability',
	'difficulty',
	'elapsed_days',
	'scheduled_days',
	'learning_steps',
	'reps',
	'lapses',
	'state',
	'last_review'
] as const;
const fsrsOf = (key: string) =>
	Object.fromEntries(
		FSRS_KEYS.map((k) => [k, cardsV1[key]!.data[k]])
	) as unknown as CardStateRecord['origin'];

/**
 * The same cards after migration to version 3: `suspended` a boolean, `leech` set at 8 lapses,
 * no log entries applied yet and the stored FSRS state kept as the `origin` of derivation.
 */
export const cardsV3: Record<string, CardStateRecord> = {
	[`${BANK}/f-granica`]: {
		...(cardsV1[`${BANK}/f-granica`]!.data as unknown as CardStateRecord),
		suspended: false,
		leech: false,
		log: [],
		origin: fsrsOf(`${BANK}/f-granica`)
	},
	[`${BANK}/f-tokajew`]: {
		...(cardsV1[`${BANK}/f-tokajew`]!.data as unknown as CardStateRecord),
		suspended: true,
		leech: true,
		log: [],
		origin: fsrsOf(`${BANK}/f-tokajew`)
	}
};
