/**
 * Anki package (`.apkg`): a zip holding `collection.anki2`, an SQLite database in the schema
 * (version 11) that Anki 2.1+ and AnkiDroid import, and a `media` map (empty here). The database
 * is built with sql.js (SQLite compiled to WebAssembly), passed in so that the app can load it
 * lazily from its own origin and the tests from node_modules.
 */
import { zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import { ankiField, ankiGuid } from './flashcards';
import { collapseSpace, evidenceList, htmlToText } from './text';
import type { ExportResult, InteropBank, InteropCard } from './types';

/** Fixed note-type ids: a second export reuses the note types the first one created. */
export const APKG_MODEL_BASIC = 1733000000001;
export const APKG_MODEL_CLOZE = 1733000000002;

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

const CSS =
	'.card { font-family: sans-serif; font-size: 22px; text-align: center; color: black; background: white; }\n.cytat { font-size: 16px; color: #555; margin-top: 1em; }\n.nightMode .cytat { color: #bbb; }';

function field(name: string, ord: number) {
	return { name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] };
}

function models(deckId: number, modSeconds: number) {
	const common = {
		usn: -1,
		sortf: 0,
		did: deckId,
		mod: modSeconds,
		css: CSS,
		latexPre: '',
		latexPost: '',
		latexsvg: false,
		tags: [],
		vers: []
	};
	return {
		[APKG_MODEL_BASIC]: {
			...common,
			id: APKG_MODEL_BASIC,
			name: 'Kartkówka — fiszka',
			type: 0,
			flds: [field('Przód', 0), field('Tył', 1), field('Cytat', 2)],
			tmpls: [
				{
					name: 'Karta 1',
					ord: 0,
					qfmt: '{{Przód}}',
					afmt: '{{FrontSide}}<hr id=answer>{{Tył}}{{#Cytat}}<div class="cytat">{{Cytat}}</div>{{/Cytat}}',
					did: null,
					bqfmt: '',
					bafmt: ''
				}
			],
			req: [[0, 'any', [0]]]
		},
		[APKG_MODEL_CLOZE]: {
			...common,
			id: APKG_MODEL_CLOZE,
			name: 'Kartkówka — luka',
			type: 1,
			flds: [field('Tekst', 0), field('Cytat', 1)],
			tmpls: [
				{
					name: 'Luka',
					ord: 0,
					qfmt: '{{cloze:Tekst}}',
					afmt: '{{cloze:Tekst}}{{#Cytat}}<div class="cytat">{{Cytat}}</div>{{/Cytat}}',
					did: null,
					bqfmt: '',
					bafmt: ''
				}
			],
			req: [[0, 'any', [0]]]
		}
	};
}

function deck(id: number, name: string, modSeconds: number, desc = '') {
	return {
		id,
		name,
		desc,
		mod: modSeconds,
		usn: -1,
		lrnToday: [0, 0],
		revToday: [0, 0],
		newToday: [0, 0],
		timeToday: [0, 0],
		collapsed: false,
		browserCollapsed: false,
		dyn: 0,
		conf: 1,
		extendNew: 0,
		extendRev: 0
	};
}

const DCONF = {
	1: {
		id: 1,
		name: 'Default',
		mod: 0,
		usn: 0,
		maxTaken: 60,
		autoplay: true,
		timer: 0,
		replayq: true,
		dyn: false,
		new: {
			delays: [1, 10],
			ints: [1, 4, 0],
			initialFactor: 2500,
			order: 1,
			perDay: 20,
			bury: false
		},
		rev: {
			perDay: 200,
			ease4: 1.3,
			ivlFct: 1,
			maxIvl: 36500,
			fuzz: 0.05,
			bury: false,
			hardFactor: 1.2
		},
		lapse: { delays: [10], mult: 0, minInt: 1, leechFails: 8, leechAction: 1 }
	}
};

/** A stable positive id from text (FNV-1a), in Anki's millisecond-id range. */
function stableId(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return 1_500_000_000_000 + (h % 100_000_000_000);
}

/** Anki's checksum of a note: the first 8 hex digits of SHA-1 of its sort field as text. */
export async function ankiChecksum(sortField: string): Promise<number> {
	const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(sortField));
	const bytes = new Uint8Array(digest);
	return ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
}

/** Fields of one card: a basic note (front, back, quote) or a cloze note (text, quote). */
function noteOf(card: InteropCard): { mid: number; fields: string[] } {
	const quote = evidenceList(card.evidence).map(ankiField).join('<br>');
	if (card.kind === 'cloze' && card.front.includes('___')) {
		const [before, ...after] = card.front.split('___');
		const text = `${ankiField(before!)}{{c1::${ankiField(card.back).replace(/}}/g, '} }')}}}${ankiField(after.join('___'))}`;
		return { mid: APKG_MODEL_CLOZE, fields: [text, quote] };
	}
	return { mid: APKG_MODEL_BASIC, fields: [ankiField(card.front), ankiField(card.back), quote] };
}

export interface ApkgOptions {
	/** sql.js, initialised (the app loads its wasm from our origin, see `sqlite.ts`). */
	SQL: SqlJsStatic;
	/** Time of the export in ms since the epoch; note and card ids are counted from it. */
	now: number;
}

/**
 * Writes the bank's flashcards as an Anki package: the deck `Kartkówka::<title>`, one note per
 * card (cloze cards as Anki cloze notes), topic ids as tags, evidence in a "Cytat" field, every
 * card new. Questions are left out (Anki has flashcards only).
 */
export async function exportApkg(
	bank: InteropBank,
	{ SQL, now }: ApkgOptions
): Promise<ExportResult> {
	const db = new SQL.Database();
	try {
		db.run(SCHEMA);
		const seconds = Math.floor(now / 1000);
		const deckId = stableId(`kartkowka:${bank.id}`);
		const deckName = `Kartkówka::${collapseSpace(bank.title).replace(/::/g, ':')}`;
		const decks = {
			1: deck(1, 'Default', seconds),
			[deckId]: deck(deckId, deckName, seconds, collapseSpace(bank.description))
		};
		const conf = {
			nextPos: bank.cards.length + 1,
			estTimes: true,
			activeDecks: [deckId],
			sortType: 'noteFld',
			timeLim: 0,
			sortBackwards: false,
			addToCur: true,
			curDeck: deckId,
			newBury: true,
			newSpread: 0,
			dueCounts: true,
			curModel: String(APKG_MODEL_BASIC),
			collapseTime: 1200
		};
		db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
			seconds - (seconds % 86400),
			now,
			now,
			JSON.stringify(conf),
			JSON.stringify(models(deckId, seconds)),
			JSON.stringify(decks),
			JSON.stringify(DCONF),
			'{}'
		]);
		const insertNote = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)');
		const insertCard = db.prepare(
			'INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?)'
		);
		for (const [i, card] of bank.cards.entries()) {
			const { mid, fields } = noteOf(card);
			const sortField = htmlToText(fields[0]!);
			const id = now + i;
			const tags = card.topics.length ? ` ${card.topics.join(' ')} ` : '';
			insertNote.run([
				id,
				ankiGuid(bank, card),
				mid,
				seconds,
				tags,
				fields.join('\x1f'),
				sortField,
				await ankiChecksum(sortField),
				''
			]);
			insertCard.run([id, id, deckId, seconds, i + 1, '']);
		}
		insertNote.free();
		insertCard.free();
		const collection = db.export();
		const data = zipSync(
			{ 'collection.anki2': collection, media: new TextEncoder().encode('{}') },
			{ level: 6 }
		);
		return {
			format: 'anki-apkg',
			fileName: `${bank.id}.apkg`,
			mimeType: 'application/apkg',
			data,
			leftOut: bank.questions.map((q) => ({
				where: q.id,
				reason: 'do Anki trafiają tylko fiszki',
				kind: q.type
			})),
			notes: []
		};
	} finally {
		db.close();
	}
}
