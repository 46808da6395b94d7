/**
 * Flashcard text: Anki's "Notes in Plain Text" (docs.ankiweb.net/importing/text-files.html,
 * with its `#separator:`, `#html:`, `#deck:`, `#tags:`, `#columns:` and `#… column:` headers,
 * cloze notes included) and Quizlet's export (term, a separator, definition, one card a row).
 */
import Papa from 'papaparse';
import { ImportCollector } from './conform';
import {
	collapseSpace,
	escapeHtml,
	evidenceList,
	EVIDENCE_PREFIX,
	excerpt,
	htmlToText,
	normaliseNewlines,
	splitFeedback
} from './text';
import type { ExportResult, ImportResult, InteropBank, InteropCard } from './types';

/** Anki's separator names in `#separator:`. */
const SEPARATORS: Record<string, string> = {
	comma: ',',
	semicolon: ';',
	tab: '\t',
	space: ' ',
	pipe: '|',
	colon: ':'
};

/** The headers of an Anki text file, as read. */
export interface AnkiHeaders {
	separator?: string;
	html?: boolean;
	deck?: string;
	tags: string[];
	columns?: string[];
	/** 1-based column numbers. */
	deckColumn?: number;
	tagsColumn?: number;
	notetypeColumn?: number;
	guidColumn?: number;
	notetype?: string;
	/** Number of header lines at the top. */
	lines: number;
}

/** Reads the `#key:value` lines at the top of an Anki text export. */
export function ankiHeaders(text: string): AnkiHeaders {
	const h: AnkiHeaders = { tags: [], lines: 0 };
	const lines = text.split('\n');
	for (const line of lines) {
		const m = /^#([a-z ]+):(.*)$/i.exec(line);
		if (!m) break;
		h.lines++;
		const key = m[1]!.trim().toLowerCase();
		const value = m[2]!.trim();
		const column = () =>
			Number.isInteger(Number(value)) && Number(value) > 0 ? Number(value) : undefined;
		if (key === 'separator') h.separator = SEPARATORS[value.toLowerCase()] ?? m[2]!.slice(0, 1);
		else if (key === 'html') h.html = value.toLowerCase() === 'true';
		else if (key === 'deck') h.deck = value;
		else if (key === 'notetype') h.notetype = value;
		else if (key === 'tags') h.tags = value.split(/\s+/).filter(Boolean);
		else if (key === 'columns') h.columns = m[2]!.split(h.separator ?? '\t').map((c) => c.trim());
		else if (key === 'deck column') h.deckColumn = column();
		else if (key === 'tags column') h.tagsColumn = column();
		else if (key === 'notetype column') h.notetypeColumn = column();
		else if (key === 'guid column') h.guidColumn = column();
	}
	return h;
}

/** A deck path `Kartkówka::Biologia` → its last part. */
function deckName(deck: string): string {
	return deck.split('::').pop()!.trim();
}

const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::[\s\S]*?)?\}\}/g;

/** An Anki cloze note → one card per cloze number: the gap as `___`, the others filled in. */
function clozeCards(text: string, extra: string): { front: string; back: string }[] {
	const numbers = [...new Set([...text.matchAll(CLOZE)].map((m) => m[1]!))];
	return numbers.map((n) => {
		const answers: string[] = [];
		const front = text.replace(CLOZE, (_m, k: string, answer: string) => {
			if (k !== n) return answer;
			answers.push(answer);
			return '___';
		});
		return { front, back: [answers.join(' … '), extra].filter(Boolean).join('\n\n') };
	});
}

/** Reads an Anki text export into flashcards. Rows that do not make a card are named by line. */
export function parseAnkiText(source: string, title?: string): ImportResult {
	const text = normaliseNewlines(source);
	const h = ankiHeaders(text);
	const out = new ImportCollector('anki-text', title ?? (h.deck ? deckName(h.deck) : undefined));
	const body = text.split('\n').slice(h.lines).join('\n');
	const delimiter = h.separator ?? guessSeparator(body);
	const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false, quoteChar: '"' });
	const html = h.html ?? true;
	const read = (s: string | undefined) => (html ? htmlToText(s ?? '') : (s ?? '').trim());
	const special = new Set(
		[h.deckColumn, h.tagsColumn, h.notetypeColumn, h.guidColumn].filter(Boolean)
	);
	let line = h.lines;
	const brokenRows = new Set(parsed.errors.map((e) => e.row));
	const columnOf = (name: RegExp) => h.columns?.findIndex((c) => name.test(c)) ?? -1;
	for (const [index, row] of parsed.data.entries()) {
		const where = `wiersz ${line + 1}`;
		line += 1 + row.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
		if (brokenRows.has(index)) continue;
		if (row.length === 1 && row[0]!.trim() === '') continue;
		if (row[0]?.startsWith('#')) continue; // a comment line
		const fields = row.map((f, i) => ({ f, i: i + 1 })).filter(({ i }) => !special.has(i));
		const frontAt = columnOf(/^(front|przód|text|tekst|term|pojęcie)$/i);
		const backAt = columnOf(/^(back|tył|back extra|extra|definition|definicja)$/i);
		const front = frontAt >= 0 ? row[frontAt] : fields[0]?.f;
		const back = backAt >= 0 ? row[backAt] : fields[1]?.f;
		const tags = [
			...h.tags,
			...(h.tagsColumn ? (row[h.tagsColumn - 1] ?? '').split(/\s+/) : [])
		].filter(Boolean);
		const topics = tags.map((t) => ({
			label: t.split('::').pop()!.replace(/_/g, ' '),
			id: t.toLowerCase()
		}));
		const noteType = h.notetypeColumn ? row[h.notetypeColumn - 1] : h.notetype;
		const frontText = read(front);
		if (/\{\{c\d+::/.test(frontText) || /cloze|luk/i.test(noteType ?? '')) {
			const cards = clozeCards(frontText, read(back));
			if (!cards.length) out.error(where, 'notatka z lukami nie ma żadnej luki {{c1::…}}');
			for (const c of cards) out.addCard(where, { ...c, kind: 'cloze' }, topics);
			continue;
		}
		if (fields.length < 2 && frontAt < 0) {
			out.error(where, `brak separatora „${visible(delimiter)}” między przodem a tyłem fiszki`);
			continue;
		}
		const { explanation, evidence } = splitFeedback(read(back));
		out.addCard(
			where,
			{ front: frontText, back: explanation ?? '', ...(evidence ? { evidence } : {}) },
			topics,
			h.guidColumn ? row[h.guidColumn - 1]?.split(':').pop() : undefined
		);
	}
	for (const e of parsed.errors) {
		if (e.code === 'UndetectableDelimiter') continue;
		out.error(
			`wiersz ${h.lines + (e.row ?? 0) + 1}`,
			e.code === 'MissingQuotes' ? 'niezamknięty cudzysłów' : e.message
		);
	}
	if (!out.itemCount && !out.errors.length) out.error('plik', 'plik nie zawiera żadnej fiszki');
	return out.result();
}

function visible(separator: string): string {
	return separator === '\t' ? 'tabulator' : separator;
}

/** The separator of headerless flashcard text: tab, else semicolon, else comma. */
export function guessSeparator(body: string): string {
	const lines = body
		.split('\n')
		.filter((l) => l.trim())
		.slice(0, 50);
	for (const sep of ['\t', ';', ',', ' - ', '|', ':']) {
		if (
			lines.length &&
			lines.filter((l) => l.includes(sep)).length >= Math.ceil(lines.length * 0.8)
		)
			return sep;
	}
	return '\t';
}

/** Separators of Quizlet's import and export dialog. */
export interface QuizletOptions {
	/** Between term and definition; default: guessed (tab, then `;`, `,`, ` - `). */
	termSeparator?: string;
	/** Between cards; default a line break. */
	cardSeparator?: string;
}

/**
 * Reads Quizlet text: one card a row (or `cardSeparator`), term and definition split at the
 * first `termSeparator`. Quizlet does not quote fields, so nothing else is special.
 */
export function parseQuizlet(
	source: string,
	title?: string,
	options: QuizletOptions = {}
): ImportResult {
	const out = new ImportCollector('quizlet', title);
	const text = normaliseNewlines(source);
	const cardSep = options.cardSeparator ?? '\n';
	const termSep =
		options.termSeparator ??
		guessSeparator(cardSep === '\n' ? text : text.split(cardSep).join('\n'));
	let line = 1;
	for (const row of text.split(cardSep)) {
		const where = cardSep === '\n' ? `wiersz ${line}` : `fiszka ${excerpt(row)}`;
		line += 1 + (cardSep === '\n' ? 0 : (row.match(/\n/g)?.length ?? 0));
		if (!row.trim()) continue;
		const at = row.indexOf(termSep);
		if (at < 0) {
			out.error(where, `brak separatora „${visible(termSep)}” między pojęciem a definicją`);
			continue;
		}
		out.addCard(where, { front: row.slice(0, at), back: row.slice(at + termSep.length) }, []);
	}
	if (!out.itemCount && !out.errors.length) out.error('plik', 'plik nie zawiera żadnej fiszki');
	return out.result();
}

/** A card's back with its evidence lines, as the Anki exporters write it. */
export function backWithEvidence(card: InteropCard): string {
	const quotes = evidenceList(card.evidence).map((q) => EVIDENCE_PREFIX + q);
	return [card.back, quotes.join('\n')].filter(Boolean).join('\n\n');
}

/**
 * A note's guid: Anki updates the note with the same guid on a later import, so a bank
 * exported again replaces its notes instead of doubling them. The card id ends it.
 */
export function ankiGuid(bank: InteropBank, card: InteropCard): string {
	return `kartkowka:${bank.id}:${card.id}`;
}

/** HTML of a field for Anki: escaped, line breaks as `<br>`. */
export function ankiField(text: string): string {
	return escapeHtml(text).replace(/\n/g, '<br>');
}

/**
 * Writes the bank's flashcards as Anki text with headers Anki reads as they are: tab-separated,
 * HTML fields, the deck `Kartkówka::<title>`, topic ids as tags. Evidence goes under the back.
 */
export function exportAnkiText(bank: InteropBank): ExportResult {
	const quote = (field: string) =>
		/[\t"\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
	const rows = bank.cards.map((c) =>
		[ankiField(c.front), ankiField(backWithEvidence(c)), c.topics.join(' '), ankiGuid(bank, c)]
			.map(quote)
			.join('\t')
	);
	const headers = [
		'#separator:tab',
		'#html:true',
		`#deck:Kartkówka::${collapseSpace(bank.title).replace(/::/g, ':')}`,
		'#tags column:3',
		'#guid column:4',
		'#columns:Front\tBack\tTags\tGUID'
	];
	return {
		format: 'anki-text',
		fileName: `${bank.id}.anki.txt`,
		mimeType: 'text/plain;charset=utf-8',
		data: [...headers, ...rows].join('\n') + '\n',
		leftOut: bank.questions.map((q) => ({
			where: q.id,
			reason: 'do Anki trafiają tylko fiszki',
			kind: q.type
		})),
		notes: []
	};
}

/** Writes the bank's flashcards for Quizlet's import: term, tab, definition, one card a line. */
export function exportQuizlet(bank: InteropBank): ExportResult {
	const flat = (s: string) => collapseSpace(s);
	return {
		format: 'quizlet',
		fileName: `${bank.id}.quizlet.txt`,
		mimeType: 'text/plain;charset=utf-8',
		data: bank.cards.map((c) => `${flat(c.front)}\t${flat(c.back)}`).join('\n') + '\n',
		leftOut: bank.questions.map((q) => ({
			where: q.id,
			reason: 'do Quizlet trafiają tylko fiszki',
			kind: q.type
		})),
		notes: bank.cards
			.filter((c) => evidenceList(c.evidence).length)
			.map((c) => ({
				where: c.id,
				reason: 'Quizlet nie ma miejsca na cytat z tekstu',
				kind: 'cytat'
			}))
	};
}
