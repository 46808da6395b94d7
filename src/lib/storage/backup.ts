/**
 * Backup files and import rules, as pure functions: building the JSON file from stored
 * records, validating a whole file before anything is written, and planning what an import
 * (merge or replace) would change.
 *
 * File format 1:
 * `{ app: 'Kartkówka', format: 1, exportedAt: ISO string, counts: { kind: n },
 *    records: { kind: { key: { v: schemaVersion, data } } } }` — Dates as ISO strings; the
 * schemas turn them back into Dates. The settings record `app` (device flags such as
 * "persistent storage asked for") belongs to the device and is neither exported nor imported.
 */
import { PROBE_KEY } from './backend';
import { reviewIdentity, type ReviewLogRecord } from '../srs/records';
import {
	checkEnvelope,
	isNewer,
	KINDS,
	kinds,
	type Kind,
	type Envelope,
	type RecordOf
} from './kinds';
import { backupText as text } from './strings';

/** Every readable record, per kind, by key. */
export type Snapshot = { [K in Kind]: Map<string, RecordOf<K>> };

export const BACKUP_APP = 'Kartkówka';
/** Version of the file layout (not of the records, which carry their own). */
export const BACKUP_FORMAT = 1;
/** Longest key accepted in a file. */
const MAX_KEY = 300;

export interface BackupFile {
	app: typeof BACKUP_APP;
	format: number;
	/** When the file was made, ISO 8601. */
	exportedAt: string;
	/** Number of records per kind (a truncated file is rejected). */
	counts: Record<string, number>;
	records: Record<string, Record<string, Envelope>>;
}

/** True for records that stay on the device (never exported, imported or replaced). */
export function isDeviceRecord(kind: Kind, key: string): boolean {
	return kind === 'settings' && key === 'app';
}

/** An empty snapshot. */
export function emptySnapshot(): Snapshot {
	return Object.fromEntries(KINDS.map((k) => [k, new Map()])) as unknown as Snapshot;
}

/** Builds the backup file for `snapshot`, made at `now`. */
export function createBackup(snapshot: Snapshot, now: Date): BackupFile {
	const counts: Record<string, number> = {};
	const records: Record<string, Record<string, Envelope>> = {};
	for (const kind of KINDS) {
		const entries = [...snapshot[kind]]
			.filter(([key]) => !isDeviceRecord(kind, key))
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		counts[kind] = entries.length;
		records[kind] = Object.fromEntries(
			entries.map(([key, data]) => [key, { v: kinds[kind].version, data }])
		);
	}
	return { app: BACKUP_APP, format: BACKUP_FORMAT, exportedAt: now.toISOString(), counts, records };
}

/** The file as text: Dates become ISO strings. */
export function serializeBackup(file: BackupFile): string {
	return JSON.stringify(file, null, 1) + '\n';
}

/** `kartkowka-postepy-2026-11-24.json`, by the local date of `now`. */
export function backupFileName(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `kartkowka-postepy-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export type ParsedBackup =
	{ ok: true; format: number; exportedAt: Date; records: Snapshot } | { ok: false; error: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates a whole backup file's text. Nothing is written; the first problem is named. */
export function parseBackup(textOfFile: string): ParsedBackup {
	let value: unknown;
	try {
		value = JSON.parse(textOfFile);
	} catch {
		return { ok: false, error: text.notJson };
	}
	return parseBackupValue(value);
}

/** Validates a parsed backup file: layout, version, counts and every record's schema. */
export function parseBackupValue(value: unknown): ParsedBackup {
	const fail = (error: string): ParsedBackup => ({ ok: false, error });
	if (!isPlainObject(value) || value.app !== BACKUP_APP) return fail(text.notBackup);
	const { format, exportedAt, records, counts } = value;
	if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) {
		return fail(text.badFormat);
	}
	if (format > BACKUP_FORMAT) return fail(text.tooNew(format, BACKUP_FORMAT));
	if (
		typeof exportedAt !== 'string' ||
		!/^\d{4}-\d{2}-\d{2}T/.test(exportedAt) ||
		Number.isNaN(Date.parse(exportedAt))
	) {
		return fail(text.badExportedAt);
	}
	if (!isPlainObject(records)) return fail(text.noRecords);
	const out = emptySnapshot();
	for (const [kindName, byKey] of Object.entries(records)) {
		if (!(KINDS as readonly string[]).includes(kindName)) return fail(text.unknownKind(kindName));
		const kind = kindName as Kind;
		if (!isPlainObject(byKey)) return fail(text.badKind(kind));
		for (const [key, envelope] of Object.entries(byKey)) {
			if (!key || key.length > MAX_KEY || key === PROBE_KEY) return fail(text.badKey(kind, key));
			const checked = checkEnvelope(kind, envelope);
			if (!checked.ok) return fail(text.badRecord(kind, key, checked.reason));
			// A log entry is known by its id: a file that files it under another key is damaged.
			if (kind === 'reviews' && (checked.data as ReviewLogRecord).id !== key) {
				return fail(text.keyNotId(kind, key));
			}
			(out[kind] as Map<string, unknown>).set(key, checked.data);
		}
	}
	if (!isPlainObject(counts)) return fail(text.badCounts);
	for (const [kindName, said] of Object.entries(counts)) {
		if (!(KINDS as readonly string[]).includes(kindName)) return fail(text.unknownKind(kindName));
		if (typeof said !== 'number' || !Number.isInteger(said) || said < 0)
			return fail(text.badCounts);
	}
	for (const kind of KINDS) {
		const said = counts[kind] ?? 0;
		const found = out[kind].size;
		if (said !== found) return fail(text.countMismatch(kind, said as number, found));
	}
	return { ok: true, format, exportedAt: new Date(exportedAt), records: out };
}

export type ImportMode = 'merge' | 'replace';

/** What an import does to one kind. */
export interface KindPlan {
	/** Records of this kind in the file. */
	incoming: number;
	/** New keys. */
	added: number;
	/** Stored records the file's version replaces. */
	updated: number;
	/** File records that change nothing (same, or the stored one is newer). */
	kept: number;
	/** Stored records the file lacks (replace only). */
	removed: number;
}

export interface ImportPlan {
	mode: ImportMode;
	perKind: Record<Kind, KindPlan>;
	writes: { kind: Kind; key: string; data: unknown }[];
	removals: { kind: Kind; key: string }[];
	/** Records written or removed; 0 when importing changes nothing. */
	changes: number;
}

/** Deep equality of stored records (plain data and Dates). */
export function sameRecord(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (a instanceof Date || b instanceof Date) {
		return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
	}
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
		return Number.isNaN(a) && Number.isNaN(b);
	}
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
	const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
	if (ka.length !== kb.length) return false;
	return ka.every(
		(k) =>
			Object.prototype.hasOwnProperty.call(b, k) &&
			sameRecord((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
	);
}

/** What importing `incoming` over `stored` does, record by record. Pure. */
export function planImport(incoming: Snapshot, stored: Snapshot, mode: ImportMode): ImportPlan {
	const perKind = {} as Record<Kind, KindPlan>;
	const writes: ImportPlan['writes'] = [];
	const removals: ImportPlan['removals'] = [];
	// The same review under a second id (same card, moment and rating) is never added twice.
	const reviewsSeen = new Set<string>();
	if (mode === 'merge') for (const r of stored.reviews.values()) reviewsSeen.add(reviewIdentity(r));
	for (const kind of KINDS) {
		const plan: KindPlan = { incoming: 0, added: 0, updated: 0, kept: 0, removed: 0 };
		const inKind = incoming[kind] as Map<string, unknown>;
		const storedKind = stored[kind] as Map<string, unknown>;
		for (const [key, data] of inKind) {
			if (isDeviceRecord(kind, key)) continue;
			plan.incoming++;
			const local = storedKind.get(key);
			if (kind === 'reviews') {
				const identity = reviewIdentity(data as ReviewLogRecord);
				const twin = reviewsSeen.has(identity);
				reviewsSeen.add(identity);
				if (twin && local === undefined) {
					plan.kept++;
					continue;
				}
			}
			if (local === undefined) {
				plan.added++;
				writes.push({ kind, key, data });
			} else if (mode === 'merge' ? isNewer(data, local) : !sameRecord(data, local)) {
				plan.updated++;
				writes.push({ kind, key, data });
			} else plan.kept++;
		}
		if (mode === 'replace') {
			for (const key of storedKind.keys()) {
				if (!inKind.has(key) && !isDeviceRecord(kind, key)) {
					plan.removed++;
					removals.push({ kind, key });
				}
			}
		}
		perKind[kind] = plan;
	}
	return { mode, perKind, writes, removals, changes: writes.length + removals.length };
}
