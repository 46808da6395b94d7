import { unzipSync } from 'fflate';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { ankiChecksum, APKG_MODEL_BASIC, APKG_MODEL_CLOZE, exportApkg } from '$lib/interop/apkg';
import { realBank } from './interop-helpers';

const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
let SQL: SqlJsStatic;
let db: Database;
let files: Record<string, Uint8Array>;
let leftOut: number;

beforeAll(async () => {
	SQL = await initSqlJs();
	const result = await exportApkg(realBank, { SQL, now: NOW });
	expect(result.fileName).toBe('kazachstan-2022-11.apkg');
	leftOut = result.leftOut.length;
	files = unzipSync(result.data as Uint8Array);
	db = new SQL.Database(files['collection.anki2']);
});

function rows(sql: string): Record<string, unknown>[] {
	const [r] = db.exec(sql);
	if (!r) return [];
	return r.values.map((v) => Object.fromEntries(r.columns.map((c, i) => [c, v[i]])));
}

describe('Anki package', () => {
	test('is a zip with the collection and an empty media map', () => {
		expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
		expect(new TextDecoder().decode(files.media)).toBe('{}');
		expect(leftOut).toBe(realBank.questions.length);
	});

	test('the collection is schema 11 with our deck and two note types', () => {
		const [col] = rows('SELECT ver, models, decks, conf FROM col');
		expect(col?.ver).toBe(11);
		const decks = JSON.parse(col?.decks as string) as Record<string, { name: string }>;
		expect(
			Object.values(decks)
				.map((d) => d.name)
				.sort()
		).toEqual(['Default', 'Kartkówka::Kazachstan po 24 lutego 2022']);
		const models = JSON.parse(col?.models as string) as Record<
			string,
			{ name: string; type: number; flds: { name: string }[] }
		>;
		expect(Object.values(models).map((m) => [m.name, m.type, m.flds.map((f) => f.name)])).toEqual([
			['Kartkówka — fiszka', 0, ['Przód', 'Tył', 'Cytat']],
			['Kartkówka — luka', 1, ['Tekst', 'Cytat']]
		]);
		expect(rows('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
	});

	test('one note and one new card per flashcard, in the deck, with fields, tags and checksum', async () => {
		const notes = rows('SELECT id, guid, mid, tags, flds, sfld, csum FROM notes ORDER BY id');
		expect(notes.length).toBe(realBank.cards.length);
		const first = realBank.cards[0]!;
		expect(notes[0]).toEqual({
			id: NOW,
			guid: `kartkowka:kazachstan-2022-11:${first.id}`,
			mid: APKG_MODEL_BASIC,
			tags: ` ${first.topics.join(' ')} `,
			flds: [first.front, first.back, first.evidence].join('\x1f'),
			sfld: first.front,
			csum: await ankiChecksum(first.front)
		});
		const deckId = rows('SELECT DISTINCT did FROM cards');
		expect(deckId.length).toBe(1);
		const cards = rows('SELECT nid, ord, type, queue, due FROM cards ORDER BY nid');
		expect(cards).toEqual(
			notes.map((n, i) => ({ nid: n.id, ord: 0, type: 0, queue: 0, due: i + 1 }))
		);
	});

	test('cloze cards become Anki cloze notes', () => {
		const clozeCards = realBank.cards.filter((c) => c.kind === 'cloze');
		expect(clozeCards.length).toBeGreaterThan(0);
		const notes = rows(`SELECT flds FROM notes WHERE mid = ${APKG_MODEL_CLOZE} ORDER BY id`);
		expect(notes.length).toBe(clozeCards.length);
		const c = clozeCards[0]!;
		const [before, after] = c.front.split('___');
		expect((notes[0]?.flds as string).split('\x1f')[0]).toBe(`${before}{{c1::${c.back}}}${after}`);
	});

	test('text is escaped into HTML fields, never passed as markup', async () => {
		const bank = {
			...realBank,
			questions: [],
			cards: [
				{
					id: 'c-x',
					front: '<script>alert(1)</script> & <b>',
					back: 'a\nb',
					kind: 'basic' as const,
					topics: ['rosja']
				}
			]
		};
		const out = await exportApkg(bank, { SQL, now: NOW });
		const one = new SQL.Database(unzipSync(out.data as Uint8Array)['collection.anki2']);
		expect(one.exec('SELECT flds, sfld FROM notes')[0]?.values).toEqual([
			[
				'&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;\x1fa<br>b\x1f',
				'<script>alert(1)</script> & <b>'
			]
		]);
		one.close();
	});
});
