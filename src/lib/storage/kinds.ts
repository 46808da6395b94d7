/**
 * Every kind of stored record: its current schema version, its schema and the migrations
 * from older versions. Bumping a version means adding `migrations[oldVersion]`.
 */
import * as v from 'valibot';
import { LocalBankRecordSchema } from '../banks/record';
import { CardStateSchema, DaysRecordSchema, JournalSchema, ReviewLogSchema } from '../srs/records';
import { excerpt } from './strings';
import { ClassroomRecordSchema } from '../classroom/records';
import { AttemptSchema, SessionSchema } from '../quiz/records';
import { SettingsSchema } from './schemas/settings';

/** The kinds a learner's backup holds. */
export const KINDS = [
	'settings',
	'cards',
	'reviews',
	'attempts',
	'sessions',
	'classroom',
	'banks'
] as const;
export type Kind = (typeof KINDS)[number];
/**
 * Every stored kind: the backed-up ones plus records derived from them on the device (day
 * summaries, work in flight), which are never exported and are rebuilt when missing.
 */
export const STORED_KINDS = [...KINDS, 'days', 'journal'] as const;
export type StoredKind = (typeof STORED_KINDS)[number];

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

type AnySchema = v.GenericSchema<unknown, unknown>;

export interface KindSpec<S extends AnySchema = AnySchema> {
	/** Current schema version written with every record of this kind. */
	version: number;
	schema: S;
	/** `migrations[n]` turns the data of a version-n record into version n+1. */
	migrations: Record<number, (data: unknown) => unknown>;
}

export const kinds = {
	settings: { version: 1, schema: SettingsSchema, migrations: {} },
	cards: {
		version: 3,
		schema: CardStateSchema,
		migrations: {
			// v1 stored `suspended` as 0/1 and had no `leech` flag.
			1: (data) => {
				const d = { ...(data as Record<string, unknown>) };
				d.suspended = d.suspended === 1 || d.suspended === true;
				d.leech = (typeof d.lapses === 'number' ? d.lapses : 0) >= 8;
				return d;
			},
			// v3 derives the state from the review log. A v2 state is kept as the `origin` the log
			// is applied to until the first rebuild compares it with the bank's log.
			2: (data) => {
				const d = { ...(data as Record<string, unknown>) };
				const origin: Record<string, unknown> = {};
				for (const k of FSRS_KEYS) if (d[k] !== undefined) origin[k] = d[k];
				return { ...d, log: [], ...(d.reps ? { origin } : {}) };
			}
		}
	},
	reviews: { version: 1, schema: ReviewLogSchema, migrations: {} },
	attempts: { version: 1, schema: AttemptSchema, migrations: {} },
	sessions: { version: 1, schema: SessionSchema, migrations: {} },
	classroom: { version: 1, schema: ClassroomRecordSchema, migrations: {} },
	/** Banks stored on the device; schema and rules in src/lib/banks/record.ts. */
	banks: { version: 1, schema: LocalBankRecordSchema, migrations: {} },
	days: { version: 1, schema: DaysRecordSchema, migrations: {} },
	journal: { version: 1, schema: JournalSchema, migrations: {} }
} satisfies Record<StoredKind, KindSpec>;

export type RecordOf<K extends StoredKind> = v.InferOutput<(typeof kinds)[K]['schema']>;

/** What is stored under each key: the data with its schema version. */
export interface Envelope {
	v: number;
	data: unknown;
}

export type Checked<K extends StoredKind> =
	{ ok: true; data: RecordOf<K>; migrated: boolean } | { ok: false; reason: string };

/** Migrates an envelope to the current version and validates it. Never throws. */
export function checkEnvelope<K extends StoredKind>(kind: K, envelope: unknown): Checked<K> {
	const spec: KindSpec = kinds[kind];
	if (!envelope || typeof envelope !== 'object' || !('v' in envelope) || !('data' in envelope)) {
		return { ok: false, reason: 'brak wersji schematu' };
	}
	const { v: version } = envelope as Envelope;
	let { data } = envelope as Envelope;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { ok: false, reason: 'nieprawidłowa wersja schematu' };
	}
	if (version > spec.version) {
		return {
			ok: false,
			reason: `wersja ${version}, a aplikacja obsługuje najwyżej ${spec.version}`
		};
	}
	try {
		for (let n = version; n < spec.version; n++) {
			const step = spec.migrations[n];
			if (!step) return { ok: false, reason: `brak migracji z wersji ${n}` };
			data = step(data);
		}
	} catch (e) {
		return { ok: false, reason: `migracja nie powiodła się: ${excerpt((e as Error).message)}` };
	}
	const result = v.safeParse(spec.schema, data);
	if (!result.success) return { ok: false, reason: describeIssue(result.issues[0]) };
	return { ok: true, data: result.output as RecordOf<K>, migrated: version !== spec.version };
}

/** Validates data about to be written under the current version. Never throws. */
export function checkData<K extends StoredKind>(kind: K, data: unknown): Checked<K> {
	return checkEnvelope(kind, { v: kinds[kind].version, data });
}

/** The record's `updatedAt` (ms since epoch), or undefined for kinds without one. */
export function updatedAtOf(data: unknown): number | undefined {
	const at = (data as { updatedAt?: unknown } | null)?.updatedAt;
	return typeof at === 'number' && Number.isFinite(at) ? at : undefined;
}

/** "brak pola due", "pole rating: oczekiwano …" — the first problem of a record, in Polish. */
export function describeIssue(issue: v.BaseIssue<unknown> | undefined): string {
	if (!issue) return 'nieprawidłowy rekord';
	const path = excerpt(issue.path?.map((p) => String(p.key)).join('.') ?? '');
	if (issue.input === undefined && path) return `brak pola ${path}`;
	const detail =
		issue.type === 'check'
			? issue.message
			: issue.kind === 'schema' && issue.expected
				? `oczekiwano ${excerpt(issue.expected)}, jest ${excerpt(issue.received)}`
				: `nieprawidłowa wartość ${excerpt(issue.received)}`;
	return path ? `pole ${path}: ${detail}` : `rekord: ${detail}`;
}

/**
 * True when `incoming` should replace `stored` on merge: both carry `updatedAt` and the
 * incoming one is later. Equal times keep the stored record, so a second import is a no-op;
 * records without `updatedAt` (settings) keep the stored one.
 */
export function isNewer(incoming: unknown, stored: unknown): boolean {
	const a = updatedAtOf(incoming);
	const b = updatedAtOf(stored);
	return a !== undefined && b !== undefined && a > b;
}
