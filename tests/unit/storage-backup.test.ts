import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	backupFileName,
	createBackup,
	emptySnapshot,
	parseBackup,
	planImport,
	serializeBackup,
	type Snapshot
} from '../../src/lib/storage/backup';
import { KINDS, Storage, type CardStateRecord, type ReviewLogRecord } from '../../src/lib/storage';
import {
	attempt,
	BANK,
	card,
	OTHER_BANK,
	review,
	session,
	srsSettings,
	T0
} from './storage-fixtures';

/** A small store with one record of each progress kind (and the device-only app record). */
async function seeded(storage = new Storage({ memory: true })) {
	await storage.putAll([
		{ kind: 'cards', key: `${BANK}/f-1`, data: card(BANK, 'f-1', T0) },
		{ kind: 'cards', key: `${BANK}/f-2`, data: card(BANK, 'f-2', T0 + 5) },
		{ kind: 'reviews', key: 'r-1', data: review(BANK, 'f-1', 'r-1', T0) },
		{ kind: 'attempts', key: 'a-1', data: attempt(BANK, 'a-1', T0) },
		{ kind: 'sessions', key: BANK, data: session(BANK, BANK, T0) },
		{ kind: 'settings', key: `srs/${BANK}`, data: srsSettings(BANK) },
		{
			kind: 'settings',
			key: 'app',
			data: { type: 'app', offlineReadyShown: true, persistRequested: false }
		}
	]);
	return storage;
}

async function fileOf(storage: Storage) {
	return serializeBackup(await storage.exportBackup(new Date(T0)));
}

/** Snapshot as plain objects, for whole-value comparisons. */
function plain(snapshot: Snapshot) {
	return Object.fromEntries(KINDS.map((k) => [k, Object.fromEntries(snapshot[k])]));
}

describe('backup file', () => {
	it('has the app name, format, export time, counts and every record but the device flags', async () => {
		const file = JSON.parse(await fileOf(await seeded()));
		expect(file.app).toBe('Kartkówka');
		expect(file.format).toBe(1);
		expect(file.exportedAt).toBe('2026-11-24T12:00:00.000Z');
		expect(file.counts).toEqual({
			settings: 1,
			cards: 2,
			reviews: 1,
			attempts: 1,
			sessions: 1,
			classroom: 0,
			banks: 0
		});
		expect(Object.keys(file.records.settings)).toEqual([`srs/${BANK}`]);
		expect(file.records.cards[`${BANK}/f-1`]).toEqual({
			v: 3,
			data: JSON.parse(JSON.stringify(card(BANK, 'f-1', T0)))
		});
	});

	it('is named after the local date', () => {
		expect(backupFileName(new Date(2026, 0, 5, 23, 59))).toBe('kartkowka-postepy-2026-01-05.json');
	});
});

describe('parseBackup names the first problem', () => {
	const valid = () => {
		const file = createBackup(emptySnapshot(), new Date(T0));
		file.records.cards = {
			'q-12': { v: 3, data: JSON.parse(JSON.stringify(card(BANK, 'q-12', T0))) }
		};
		file.counts.cards = 1;
		return file as unknown as Record<string, unknown> & {
			records: Record<string, Record<string, { v: number; data: Record<string, unknown> }>>;
			counts: Record<string, unknown>;
		};
	};
	const errorOf = (value: unknown) => {
		const result = parseBackup(typeof value === 'string' ? value : JSON.stringify(value));
		return result.ok ? 'ok' : result.error;
	};

	it.each([
		['plain text', () => 'Lista zakupów', 'Plik nie jest poprawnym plikiem JSON'],
		['another app', () => ({ ...valid(), app: 'Anki' }), 'To nie jest kopia zapasowa Kartkówki.'],
		['an array', () => [1, 2], 'To nie jest kopia zapasowa Kartkówki.'],
		[
			'a newer format',
			() => ({ ...valid(), format: 7 }),
			'Kopia ma wersję 7, a aplikacja obsługuje najwyżej 1. Zaktualizuj aplikację.'
		],
		['no format', () => ({ ...valid(), format: 'x' }), 'Kopia nie ma numeru wersji formatu.'],
		[
			'a broken date',
			() => ({ ...valid(), exportedAt: 'wczoraj' }),
			'Kopia nie ma poprawnej daty eksportu (exportedAt).'
		],
		[
			'a missing field',
			() => {
				const f = valid();
				delete f.records.cards!['q-12']!.data.due;
				return f;
			},
			'Rekord cards/q-12: brak pola due'
		],
		[
			'a wrong type',
			() => {
				const f = valid();
				f.records.cards!['q-12']!.data.reps = 'dwa';
				return f;
			},
			'Rekord cards/q-12: pole reps: oczekiwano number, jest "dwa"'
		],
		[
			'a record from the future',
			() => {
				const f = valid();
				f.records.cards!['q-12']!.v = 4;
				return f;
			},
			'Rekord cards/q-12: wersja 4, a aplikacja obsługuje najwyżej 3'
		],
		[
			'an unknown kind',
			() => ({ ...valid(), records: { ...valid().records, notes: {} } }),
			'Kopia zawiera nieznany rodzaj rekordów: notes.'
		],
		[
			'a truncated file',
			() => ({ ...valid(), counts: { ...valid().counts, cards: 3 } }),
			'Kopia jest niepełna: podsumowanie mówi o 3 rekordach cards, a zawiera 1.'
		]
	])('%s', (_name, make, expected) => {
		expect(errorOf(make())).toContain(expected);
	});

	it('accepts the valid file', () => {
		expect(errorOf(valid())).toBe('ok');
	});
});

describe('merge rules', () => {
	const older = card(BANK, 'f-1', T0);
	const newer = card(BANK, 'f-1', T0 + 1000, { reps: 3 });
	const snap = (cards: Record<string, CardStateRecord>, reviews: ReviewLogRecord[] = []) => {
		const s = emptySnapshot();
		for (const [k, c] of Object.entries(cards)) s.cards.set(k, c);
		for (const r of reviews) s.reviews.set(r.id, r);
		return s;
	};
	const key = `${BANK}/f-1`;

	it('merge: the newer updatedAt wins either way; equal keeps the stored one', () => {
		const a = planImport(snap({ [key]: newer }), snap({ [key]: older }), 'merge');
		expect(a.writes).toEqual([{ kind: 'cards', key, data: newer }]);
		expect(a.perKind.cards).toEqual({ incoming: 1, added: 0, updated: 1, kept: 0, removed: 0 });
		const b = planImport(snap({ [key]: older }), snap({ [key]: newer }), 'merge');
		expect(b.writes).toEqual([]);
		expect(b.perKind.cards.kept).toBe(1);
		const c = planImport(snap({ [key]: { ...older, reps: 9 } }), snap({ [key]: older }), 'merge');
		expect(c.changes).toBe(0);
	});

	it('merge: review logs are unioned, nothing is removed', () => {
		const mine = review(BANK, 'f-1', 'r-mine', T0);
		const theirs = review(BANK, 'f-1', 'r-theirs', T0 + 1);
		const plan = planImport(snap({}, [theirs]), snap({ [key]: older }, [mine]), 'merge');
		expect(plan.writes).toEqual([{ kind: 'reviews', key: 'r-theirs', data: theirs }]);
		expect(plan.removals).toEqual([]);
	});

	it('replace: the file wins, identical records are not rewritten, extra ones go', () => {
		const other = card(OTHER_BANK, 'f-9', T0);
		const plan = planImport(
			snap({ [key]: older }),
			snap({ [key]: newer, [`${OTHER_BANK}/f-9`]: other }),
			'replace'
		);
		expect(plan.writes).toEqual([{ kind: 'cards', key, data: older }]);
		expect(plan.removals).toEqual([{ kind: 'cards', key: `${OTHER_BANK}/f-9` }]);
		const same = planImport(snap({ [key]: older }), snap({ [key]: older }), 'replace');
		expect(same.changes).toBe(0);
	});

	it('importing the same file twice changes nothing the second time', async () => {
		const source = await seeded();
		const text = await fileOf(source);
		const target = new Storage({ memory: true });
		await target.put('cards', `${BANK}/f-1`, card(BANK, 'f-1', T0 + 99, { reps: 7 }));
		const first = await target.importFile(text, 'merge');
		expect(first.ok && first.plan.changes).toBe(5);
		const after = plain(await target.snapshot());
		const second = await target.importFile(text, 'merge');
		expect(second.ok && second.plan.changes).toBe(0);
		expect(plain(await target.snapshot())).toEqual(after);
		// The stored card was newer than the file's: it stayed.
		expect((await target.get('cards', `${BANK}/f-1`))?.reps).toBe(7);
		const replaced = await target.importFile(text, 'replace');
		expect(replaced.ok && replaced.plan.changes).toBe(1);
		const expected = plain(await source.snapshot());
		delete expected.settings!.app; // device flags stay on the device
		expect(plain(await target.snapshot())).toEqual(expected);
		const again = await target.importFile(text, 'replace');
		expect(again.ok && again.plan.changes).toBe(0);
	});

	it('replace keeps the device flags', async () => {
		const target = await seeded();
		const result = await target.importFile(
			serializeBackup(createBackup(emptySnapshot(), new Date(T0))),
			'replace'
		);
		expect(result.ok).toBe(true);
		const left = await target.snapshot();
		expect(KINDS.map((k) => [k, [...left[k].keys()]])).toEqual(
			KINDS.map((k) => [k, k === 'settings' ? ['app'] : []])
		);
	});
});

// ---------------------------------------------------------------------------------------------
// Property tests: random and mutated backup files are imported exactly or rejected untouched.

const date = fc
	.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) })
	.map((ms) => new Date(ms));
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
const count = fc.nat({ max: 100_000 });
const id = fc.string({ minLength: 1, maxLength: 12 });
const bankId = fc.constantFrom(BANK, OTHER_BANK, '__proto__', 'zestaw ąę');

const cardArb = fc.record(
	{
		bankId,
		cardId: id,
		due: date,
		stability: finite,
		difficulty: finite,
		elapsed_days: count,
		scheduled_days: count,
		learning_steps: count,
		reps: count,
		lapses: count,
		state: fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<0 | 1 | 2 | 3>,
		last_review: date,
		buriedUntil: date,
		suspended: fc.boolean(),
		leech: fc.boolean(),
		log: fc.array(id, { maxLength: 3 }),
		updatedAt: count
	},
	{
		requiredKeys: [
			'bankId',
			'cardId',
			'due',
			'stability',
			'difficulty',
			'elapsed_days',
			'scheduled_days',
			'learning_steps',
			'reps',
			'lapses',
			'state',
			'suspended',
			'leech',
			'log',
			'updatedAt'
		]
	}
);

const reviewArb = fc
	.tuple(id, bankId, id, fc.constantFrom(1, 2, 3, 4), date, count)
	.map(([rid, b, c, rating, when, at]): ReviewLogRecord => ({
		...review(b, c, rid, at, rating as 1 | 2 | 3 | 4),
		review: when
	}));

const snapshotArb: fc.Arbitrary<Snapshot> = fc
	.tuple(
		fc.array(cardArb, { maxLength: 6 }),
		fc.array(reviewArb, { maxLength: 6 }),
		fc.array(fc.tuple(id, bankId, count), { maxLength: 3 }),
		fc.subarray([BANK, OTHER_BANK])
	)
	.map(([cards, reviews, attempts, srs]) => {
		const s = emptySnapshot();
		for (const c of cards) s.cards.set(`${c.bankId}/${c.cardId}`, c);
		for (const r of reviews) s.reviews.set(r.id, r);
		for (const [aid, b, at] of attempts) s.attempts.set(aid, attempt(b, aid, at + 60_000));
		for (const b of srs) s.settings.set(`srs/${b}`, srsSettings(b));
		return s;
	});

/** Every path to a value inside a JSON value. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
	const out: (string | number)[][] = [prefix];
	if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
	else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
	}
	return out;
}

type Mutation = { pick: number; op: 'delete' | 'replace'; value: unknown };
const mutationArb: fc.Arbitrary<Mutation> = fc.record({
	pick: fc.nat(),
	op: fc.constantFrom('delete', 'replace') as fc.Arbitrary<'delete' | 'replace'>,
	value: fc.oneof(
		fc.jsonValue({ maxDepth: 2 }),
		date.map((d) => d.toISOString()),
		fc.constantFrom('2026-13-45T00:00:00Z', -1, 1.5, 3, 99, '', null)
	)
});

/** Applies one mutation to a parsed file (in place). Returns the file (it may be replaced). */
function mutate(file: unknown, { pick, op, value }: Mutation): unknown {
	const all = paths(file);
	const path = all[pick % all.length]!;
	if (path.length === 0) return op === 'delete' ? undefined : value;
	let parent = file as Record<string | number, unknown>;
	for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
	const last = path[path.length - 1]!;
	if (op === 'delete') {
		if (Array.isArray(parent)) parent.splice(last as number, 1);
		else delete parent[last];
	} else parent[last] = value;
	return file;
}

describe('property: backup files are imported exactly or rejected with the store unchanged', () => {
	it('random valid files round-trip exactly (merge into empty, replace over anything)', async () => {
		await fc.assert(
			fc.asyncProperty(snapshotArb, snapshotArb, async (records, existing) => {
				const text = serializeBackup(createBackup(records, new Date(T0)));
				const empty = new Storage({ memory: true });
				const merged = await empty.importFile(text, 'merge');
				expect(merged.ok).toBe(true);
				expect(plain(await empty.snapshot())).toEqual(plain(records));

				const busy = new Storage({ memory: true });
				await busy.importRecords(existing, 'merge');
				const replaced = await busy.importFile(text, 'replace');
				expect(replaced.ok).toBe(true);
				expect(plain(await busy.snapshot())).toEqual(plain(records));
			}),
			{ numRuns: 150, seed: 20261124 }
		);
	}, 60_000);

	it('mutated files are imported exactly or rejected, leaving the store as it was', async () => {
		let accepted = 0;
		let rejected = 0;
		await fc.assert(
			fc.asyncProperty(
				snapshotArb,
				snapshotArb,
				fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
				async (records, existing, mutations) => {
					let file: unknown = JSON.parse(serializeBackup(createBackup(records, new Date(T0))));
					for (const m of mutations) file = mutate(file, m);
					const text = file === undefined ? '' : JSON.stringify(file);

					const store = new Storage({ memory: true });
					await store.importRecords(existing, 'merge');
					const before = plain(await store.snapshot());
					const result = await store.importFile(text, 'replace');
					const after = plain(await store.snapshot());
					if (!result.ok) {
						rejected++;
						expect(result.error.length).toBeGreaterThan(10);
						expect(after).toEqual(before);
					} else {
						accepted++;
						const parsed = parseBackup(text);
						if (!parsed.ok) throw new Error('parse disagrees with import');
						expect(after).toEqual(plain(parsed.records));
						// and exporting again gives a file that parses to the same records
						const again = parseBackup(await fileOf(store));
						expect(again.ok && plain(again.records)).toEqual(plain(parsed.records));
					}
				}
			),
			{ numRuns: 300, seed: 42 }
		);
		// Both outcomes were exercised.
		expect(accepted).toBeGreaterThan(10);
		expect(rejected).toBeGreaterThan(10);
	}, 60_000);

	it('through IndexedDB too (fake-indexeddb)', async () => {
		let n = 0;
		await fc.assert(
			fc.asyncProperty(snapshotArb, mutationArb, async (records, mutation) => {
				const store = new Storage({ dbPrefix: `test-backup-prop-${++n}` });
				await seeded(store);
				const before = plain(await store.snapshot());
				const file = mutate(
					JSON.parse(serializeBackup(createBackup(records, new Date(T0)))),
					mutation
				);
				const text = JSON.stringify(file) ?? '';
				const result = await store.importFile(text, 'replace');
				const reread = plain(await new Storage({ dbPrefix: `test-backup-prop-${n}` }).snapshot());
				if (!result.ok) expect(reread).toEqual(before);
				else {
					const parsed = parseBackup(text);
					if (!parsed.ok) throw new Error('parse disagrees with import');
					expect(reread).toEqual({
						...plain(parsed.records),
						settings: { ...plain(parsed.records).settings, app: before.settings.app }
					});
				}
			}),
			{ numRuns: 40, seed: 7 }
		);
	});
});
