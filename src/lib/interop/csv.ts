/**
 * Kartkówka's spreadsheet template: one item a row, a header row naming the columns, `;` as
 * separator (what Excel writes in Polish), UTF-8 with a BOM. Documented in questions/README.md.
 */
import Papa from 'papaparse';
import { ImportCollector, type CardDraft, type QuestionDraft } from './conform';
import { CLOZE_PROMPT, topicLabel } from './gift';
import { evidenceList, normaliseNewlines, parseNumber, slugify } from './text';
import type {
	ExportResult,
	ImportResult,
	InteropBank,
	InteropCard,
	InteropQuestion
} from './types';

/** Columns of the template, in the order the exporter writes them. */
export const CSV_COLUMNS = [
	'typ',
	'id',
	'pytanie',
	'odpowiedź',
	'błędne',
	'tolerancja',
	'jednostka',
	'wyjaśnienie',
	'cytat',
	'tematy',
	'trudność'
] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** Header names accepted for each column (compared without case and Polish letters). */
const ALIASES: Record<Column, string[]> = {
	typ: ['typ', 'type', 'rodzaj'],
	id: ['id', 'identyfikator'],
	pytanie: ['pytanie', 'question', 'prompt', 'przod', 'front', 'pojecie', 'term'],
	odpowiedź: [
		'odpowiedz',
		'odpowiedzi',
		'poprawne',
		'answer',
		'answers',
		'tyl',
		'back',
		'definicja',
		'definition'
	],
	błędne: ['bledne', 'bledne odpowiedzi', 'wrong', 'distractors', 'dystraktory'],
	tolerancja: ['tolerancja', 'tolerance'],
	jednostka: ['jednostka', 'unit'],
	wyjaśnienie: ['wyjasnienie', 'explanation', 'feedback', 'komentarz'],
	cytat: ['cytat', 'cytaty', 'evidence', 'dowod'],
	tematy: ['tematy', 'temat', 'topics', 'topic', 'kategoria', 'category'],
	trudność: ['trudnosc', 'difficulty', 'poziom']
};

/** Names of the `typ` column, Polish first (the exporter writes those), then the bank's own. */
const TYPES: Record<string, InteropQuestion['type'] | 'card' | 'card-cloze'> = {
	jednokrotny: 'single',
	single: 'single',
	wielokrotny: 'multiple',
	multiple: 'multiple',
	'prawda-falsz': 'true-false',
	'true-false': 'true-false',
	krotka: 'short',
	short: 'short',
	liczba: 'numeric',
	numeric: 'numeric',
	pary: 'match',
	match: 'match',
	kolejnosc: 'order',
	order: 'order',
	luki: 'cloze',
	cloze: 'cloze',
	fiszka: 'card',
	card: 'card',
	'fiszka-luka': 'card-cloze'
};
const TYPE_NAMES: Record<InteropQuestion['type'], string> = {
	single: 'jednokrotny',
	multiple: 'wielokrotny',
	'true-false': 'prawda-fałsz',
	short: 'krótka',
	numeric: 'liczba',
	match: 'pary',
	order: 'kolejność',
	cloze: 'luki'
};

const fold = (s: string) => slugify(s.replace(/[_]/g, ' '), 60).replace(/-/g, ' ');
const foldType = (s: string) => slugify(s, 60);

/** Splits a cell at unescaped `|`; `\|` is a literal bar. */
export function splitCell(cell: string): string[] {
	return cell
		.split(/(?<!\\)\|/)
		.map((p) => p.replace(/\\\|/g, '|').trim())
		.filter(Boolean);
}

/** Joins values into one cell, escaping `|` inside them. */
export function joinCell(values: string[]): string {
	return values.map((v) => v.replace(/\|/g, '\\|')).join(' | ');
}

/**
 * Excel runs a cell that starts with `= + - @` as a formula; the exporter writes such text with a
 * leading apostrophe (Excel's "this is text"), and the importer drops it again.
 */
function unguard(cell: string): string {
	return /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}
function guard(cell: string): string {
	return /^[=+\-@]/.test(cell) ? `'${cell}` : cell;
}

const TRUE = new Set(['prawda', 'tak', 'true', 'p', 't', '1']);
const FALSE = new Set(['falsz', 'nie', 'false', 'f', 'n', '0']);

/** `Stolicą jest [Warszawa|Warszawą].` → text with `{1}` and the accepted answers per gap. */
function bracketCloze(sentence: string): { text: string; gaps: string[][] } {
	const gaps: string[][] = [];
	const text = sentence.replace(/\[([^\]]*)\]/g, (_m, inner: string) => {
		gaps.push(splitCell(inner));
		return `{${gaps.length}}`;
	});
	return { text, gaps };
}

/** The separator the header row uses most: `;`, `,` or tab (Papa's guess fails on a broken quote). */
function headerDelimiter(text: string): string {
	const header = text.slice(0, text.indexOf('\n') < 0 ? undefined : text.indexOf('\n'));
	const count = (sep: string) => header.split(sep).length;
	return [';', ',', '\t'].reduce((best, sep) => (count(sep) > count(best) ? sep : best));
}

/** Reads a spreadsheet saved as CSV in the template (separator `;`, `,` or tab, guessed). */
export function parseCsv(source: string, title?: string): ImportResult {
	const out = new ImportCollector('csv', title);
	const text = normaliseNewlines(source);
	const parsed = Papa.parse<string[]>(text, {
		delimiter: headerDelimiter(text),
		skipEmptyLines: false
	});
	const [header, ...rows] = parsed.data;
	const index = new Map<Column, number>();
	(header ?? []).forEach((name, i) => {
		const key = fold(name);
		const column = CSV_COLUMNS.find((c) => ALIASES[c].includes(key));
		if (column && !index.has(column)) index.set(column, i);
	});
	if (!index.has('pytanie') || !index.has('odpowiedź')) {
		out.error('wiersz 1', 'brak wiersza nagłówka z kolumnami „pytanie” i „odpowiedź”');
		return out.result();
	}
	const brokenRows = new Set(parsed.errors.map((e) => e.row));
	for (const e of parsed.errors) {
		if (e.code === 'UndetectableDelimiter') continue;
		out.error(
			`wiersz ${(e.row ?? 0) + 1}`,
			e.code === 'MissingQuotes' ? 'niezamknięty cudzysłów' : e.message
		);
	}
	let line = 1 + (header ?? []).reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
	rows.forEach((row, i) => {
		const where = `wiersz ${line + 1}`;
		line += 1 + row.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
		if (brokenRows.has(i + 1)) return;
		if (row.every((c) => !c.trim())) return;
		const cell = (c: Column) =>
			unguard((index.has(c) ? row[index.get(c)!] : undefined) ?? '').trim();
		readRow(out, where, cell);
	});
	if (!out.itemCount && !out.errors.length)
		out.error('plik', 'plik nie zawiera żadnego wiersza z pytaniem');
	return out.result();
}

function readRow(out: ImportCollector, where: string, cell: (c: Column) => string): void {
	const typeCell = cell('typ');
	const wrong = splitCell(cell('błędne'));
	const answer = cell('odpowiedź');
	const right = splitCell(answer);
	// No type column: a row with wrong answers is a choice question, any other a flashcard.
	const type = typeCell
		? TYPES[foldType(typeCell)]
		: wrong.length
			? right.length > 1
				? 'multiple'
				: 'single'
			: 'card';
	if (!type)
		return out.error(
			where,
			`nieznany typ „${typeCell}” (dozwolone: ${Object.values(TYPE_NAMES).join(', ')}, fiszka)`
		);
	const topics = splitCell(cell('tematy')).map((label) => ({ label }));
	const evidence = splitCell(cell('cytat'));
	const ev = evidence.length ? { evidence } : {};
	const prompt = cell('pytanie');
	if (type === 'card' || type === 'card-cloze') {
		const draft: CardDraft = {
			front: prompt,
			back: answer,
			kind: type === 'card' ? 'basic' : 'cloze',
			...ev
		};
		out.addCard(where, draft, topics, cell('id') || undefined);
		return;
	}
	const difficultyText = cell('trudność');
	const difficulty = Number(difficultyText);
	if (difficultyText && ![1, 2, 3].includes(difficulty))
		return out.error(where, `trudność „${difficultyText}” musi wynosić 1, 2 albo 3`);
	const explanation = cell('wyjaśnienie');
	const common = {
		prompt,
		...(explanation ? { explanation } : {}),
		...ev,
		...(difficultyText ? { difficulty: difficulty as 1 | 2 | 3 } : {})
	};
	let draft: QuestionDraft;
	switch (type) {
		case 'single':
		case 'multiple':
			draft = {
				type: right.length > 1 ? 'multiple' : 'single',
				...common,
				options: [
					...right.map((text) => ({ text, correct: true })),
					...wrong.map((text) => ({ text, correct: false }))
				]
			};
			break;
		case 'true-false': {
			const value = fold(answer);
			if (!TRUE.has(value) && !FALSE.has(value))
				return out.error(where, `odpowiedź „${answer}” musi brzmieć „prawda” albo „fałsz”`);
			draft = { type, ...common, answer: TRUE.has(value) };
			break;
		}
		case 'short':
			draft = { type, ...common, answers: right };
			break;
		case 'numeric': {
			const value = parseNumber(answer);
			const tolerance = cell('tolerancja') ? parseNumber(cell('tolerancja')) : 0;
			if (Number.isNaN(value)) return out.error(where, `odpowiedź „${answer}” nie jest liczbą`);
			if (Number.isNaN(tolerance))
				return out.error(where, `tolerancja „${cell('tolerancja')}” nie jest liczbą`);
			draft = { type, ...common, answer: value, tolerance, unit: cell('jednostka') };
			break;
		}
		case 'match': {
			const pairs = right.map((p) => p.split('->').map((s) => s.trim()));
			if (pairs.some((p) => p.length !== 2))
				return out.error(where, 'każda para musi mieć postać „lewa -> prawa”, pary oddziela „|”');
			draft = { type, ...common, pairs: pairs.map(([left, r]) => ({ left: left!, right: r! })) };
			break;
		}
		case 'order':
			draft = { type, ...common, items: right };
			break;
		case 'cloze': {
			const { text, gaps } = bracketCloze(answer);
			if (!gaps.length)
				return out.error(
					where,
					'tekst z lukami musi mieć luki w nawiasach [ ], np. „stolicą jest [Warszawa]”'
				);
			draft = { type, ...common, prompt: prompt || CLOZE_PROMPT, text, gaps };
			break;
		}
	}
	out.addQuestion(where, draft, topics, cell('id') || undefined);
}

function questionRow(q: InteropQuestion, bank: InteropBank): Record<Column, string> {
	const row: Record<Column, string> = {
		typ: TYPE_NAMES[q.type],
		id: q.id,
		pytanie: q.prompt,
		odpowiedź: '',
		błędne: '',
		tolerancja: '',
		jednostka: '',
		wyjaśnienie: q.explanation ?? '',
		cytat: joinCell(evidenceList(q.evidence)),
		tematy: joinCell(q.topics.map((t) => topicLabel(bank, t))),
		trudność: String(q.difficulty)
	};
	switch (q.type) {
		case 'single':
		case 'multiple':
			row.odpowiedź = joinCell(q.options.filter((o) => o.correct).map((o) => o.text));
			row.błędne = joinCell(q.options.filter((o) => !o.correct).map((o) => o.text));
			break;
		case 'true-false':
			row.odpowiedź = q.answer ? 'prawda' : 'fałsz';
			break;
		case 'short':
			row.odpowiedź = joinCell(q.answers);
			break;
		case 'numeric':
			row.odpowiedź = String(q.answer).replace('.', ',');
			row.tolerancja = String(q.tolerance).replace('.', ',');
			row.jednostka = q.unit;
			break;
		case 'match':
			row.odpowiedź = joinCell(q.pairs.map((p) => `${p.left} -> ${p.right}`));
			break;
		case 'order':
			row.odpowiedź = joinCell(q.items);
			break;
		case 'cloze':
			row.odpowiedź = q.text.replace(
				/\{(\d+)\}/g,
				(_m, n: string) => `[${joinCell(q.gaps[Number(n) - 1] ?? [])}]`
			);
			break;
	}
	return row;
}

function cardRow(c: InteropCard, bank: InteropBank): Record<Column, string> {
	return {
		typ: c.kind === 'cloze' ? 'fiszka-luka' : 'fiszka',
		id: c.id,
		pytanie: c.front,
		odpowiedź: c.back,
		błędne: '',
		tolerancja: '',
		jednostka: '',
		wyjaśnienie: '',
		cytat: joinCell(evidenceList(c.evidence)),
		tematy: joinCell(c.topics.map((t) => topicLabel(bank, t))),
		trudność: ''
	};
}

/** Writes the whole bank in the template: every type and the cards, nothing left out. */
export function exportCsv(bank: InteropBank): ExportResult {
	const rows = [
		...bank.questions.map((q) => questionRow(q, bank)),
		...bank.cards.map((c) => cardRow(c, bank))
	].map((r) => CSV_COLUMNS.map((c) => guard(r[c])));
	const data = Papa.unparse([[...CSV_COLUMNS], ...rows], {
		delimiter: ';',
		newline: '\r\n',
		quotes: false
	});
	return {
		format: 'csv',
		fileName: `${bank.id}.csv`,
		mimeType: 'text/csv;charset=utf-8',
		// The BOM makes Excel read the file as UTF-8 (Polish letters) instead of the system code page.
		data: '\uFEFF' + data + '\r\n',
		leftOut: [],
		notes: []
	};
}
