/**
 * Every kind of stored record: its current schema version, its schema and the migrations
 * from older versions. Bumping a version means adding `migrations[oldVersion]`.
 */
import * as v from 'valibot';
import { LocalBankRecordSchema } from '../banks/record';
import { CardStateSchema, ReviewLogSchema } from './schemas/cards';
import { ClassroomRecordSchema } from './schemas/classroom';
import { AttemptSchema, SessionSchema } from './schemas/quiz';
import { SettingsSchema } from './schemas/settings';

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
		version: 2,
		schema: CardStateSchema,
		migrations: {
			// v1 stored `suspended` as 0/1 and had no `leech` flag.
			1: (data) => {
				const d = { ...(data as Record<string, unknown>) };
				d.suspended = d.suspended === 1 || d.suspended === true;
				d.leech = (typeof d.lapses === 'number' ? d.lapses : 0) >= 8;
				return d;
			}
		}
	},
	reviews: { version: 1, schema: ReviewLogSchema, migrations: {} },
	attempts: { version: 1, schema: AttemptSchema, migrations: {} },
	sessions: { version: 1, schema: SessionSchema, migrations: {} },
	classroom: { version: 1, schema: ClassroomRecordSchema, migrations: {} },
	/** Banks stored on the device; schema and rules in src/lib/banks/record.ts. */
	banks: { version: 1, schema: LocalBankRecordSchema, migrations: {} }
} satisfies Record<Kind, KindSpec>;

export type RecordOf<K extends Kind> = v.InferOutput<(typeof kinds)[K]['schema']>;

/** What is stored under each key: the data with its schema version. */
export interface Envelope {
	v: number;
	data: unknown;
}

export type Checked<K extends Kind> =
	{ ok: true; data: RecordOf<K>; migrated: boolean } | { ok: false; reason: string };

/** Migrates an envelope to the current version and validates it. Never throws. */
export function checkEnvelope<K extends Kind>(kind: K, envelope: unknown): Checked<K> {
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
		return { ok: false, reason: `migracja nie powiodła się: ${(e as Error).message}` };
	}
	const result = v.safeParse(spec.schema, data);
	if (!result.success) return { ok: false, reason: describeIssue(result.issues[0]) };
	return { ok: true, data: result.output as RecordOf<K>, migrated: version !== spec.version };
}

/** Validates data about to be written under the current version. Never throws. */
export function checkData<K extends Kind>(kind: K, data: unknown): Checked<K> {
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
	const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
	if (issue.input === undefined && path) return `brak pola ${path}`;
	const detail =
		issue.type === 'check'
			? issue.message
			: issue.kind === 'schema' && issue.expected
				? `oczekiwano ${issue.expected}, jest ${issue.received}`
				: `nieprawidłowa wartość ${issue.received}`;
	return path ? `pole ${path}: ${detail}` : `rekord: ${detail}`;
}
