/**
 * Moodle XML (docs.moodle.org/en/Moodle_XML_format): reading the question types Kartkówka has a
 * counterpart for, categories, tags, general feedback and CDATA, with HTML reduced to text; and
 * writing a bank Moodle imports as it is (ordering is a core type since Moodle 4.4).
 * fast-xml-parser runs in the browser and in node, so the tests read what the app reads.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportCollector, type QuestionDraft } from './conform';
import { categoryPath, CLOZE_PROMPT, topicLabel } from './gift';
import {
	collapseSpace,
	decodeEntities,
	excerpt,
	feedbackOf,
	htmlToText,
	normaliseNewlines,
	parseNumber,
	splitFeedback,
	textToHtml,
	type HtmlLeftovers
} from './text';
import type {
	ExportResult,
	ImportResult,
	InteropBank,
	InteropNote,
	InteropQuestion
} from './types';

type Node = Record<string, unknown>;

const LISTS = new Set(['question', 'answer', 'subquestion', 'tag', 'file', 'unit', 'hint']);

/** Text content of an element that is either a string or `{ '#text': … }`. */
function own(node: unknown): string {
	if (node === undefined || node === null) return '';
	if (typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean')
		return String(node);
	if (Array.isArray(node)) return own(node[0]);
	const n = node as Node;
	return own(n['#text']);
}

/**
 * `<text>` elements are read raw (parser stop nodes), so markup that a hand-made file left
 * unescaped is not lost as child elements: CDATA sections are taken as they are, the rest has
 * its XML character references decoded. The result is HTML (or plain text, per `format`).
 */
function xmlText(raw: string): string {
	return raw
		.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
		.map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeEntities(part)))
		.join('');
}

/** The `<text>` child of an element (`<questiontext><text>…</text></questiontext>`). */
function textChild(node: unknown): string {
	if (node === undefined || node === null) return '';
	if (typeof node !== 'object') return String(node);
	const n = (Array.isArray(node) ? node[0] : node) as Node;
	return n && 'text' in n ? xmlText(own(n.text)) : own(n);
}

function attr(node: unknown, name: string): string | undefined {
	if (!node || typeof node !== 'object') return undefined;
	const value = (node as Node)[`@_${name}`];
	return value === undefined ? undefined : String(value);
}

function list(node: unknown, key: string): Node[] {
	if (!node || typeof node !== 'object') return [];
	const value = (node as Node)[key];
	return Array.isArray(value) ? (value as Node[]) : value === undefined ? [] : [value as Node];
}

/** Text of an HTML field: reduced to plain text unless its format says plain/markdown. */
function fieldText(node: unknown, leftovers: HtmlLeftovers): string {
	const raw = textChild(node);
	const format = attr(Array.isArray(node) ? node[0] : node, 'format');
	for (const file of list(Array.isArray(node) ? node[0] : node, 'file'))
		leftovers.media.push(attr(file, 'name') ?? 'plik');
	if (format === 'plain_text' || format === 'markdown') return raw.trim();
	return htmlToText(raw, leftovers);
}

/** Moodle question types with no counterpart, and how the preview names them. */
const UNSUPPORTED: Record<string, string> = {
	essay: 'esej',
	description: 'opis',
	calculated: 'obliczeniowe',
	calculatedsimple: 'obliczeniowe',
	calculatedmulti: 'obliczeniowe',
	random: 'losowe',
	randomsamatch: 'losowe',
	ddwtos: 'przeciąganie',
	ddimageortext: 'przeciąganie',
	ddmarker: 'przeciąganie',
	gapselect: 'wybór brakujących słów'
};

/** Reads a Moodle XML file; a file that is not well-formed XML is refused with its line. */
export function parseMoodleXml(source: string, title?: string): ImportResult {
	const out = new ImportCollector('moodle-xml', title);
	const text = normaliseNewlines(source);
	if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
		out.error(
			'plik',
			'plik XML z deklaracją DOCTYPE lub ENTITY nie jest obsługiwany (Moodle ich nie zapisuje)'
		);
		return out.result();
	}
	const valid = XMLValidator.validate(text);
	if (valid !== true) {
		out.error(`wiersz ${valid.err.line}`, `błąd XML: ${valid.err.msg}`);
		return out.result();
	}
	const parser = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '@_',
		parseTagValue: false,
		parseAttributeValue: false,
		trimValues: false,
		processEntities: true,
		htmlEntities: false,
		stopNodes: ['*.text'],
		isArray: (name) => LISTS.has(name)
	});
	const doc = parser.parse(text) as Node;
	const quiz = doc.quiz as Node | undefined;
	if (!quiz || typeof quiz !== 'object') {
		out.error('plik', 'to nie jest plik Moodle XML (brak elementu <quiz>)');
		return out.result();
	}
	let category: { label: string; id?: string }[] = [];
	let number = 0;
	// Category idnumbers first, so a tag naming a category later in the file gets its id.
	const categoryIds = new Map<string, string>();
	for (const q of list(quiz, 'question')) {
		const label =
			attr(q, 'type') === 'category' ? categoryPath(textChild(q.category)).pop() : undefined;
		const id = own(q.idnumber).trim();
		if (label && id) categoryIds.set(label.toLowerCase(), id);
	}
	for (const q of list(quiz, 'question')) {
		const type = attr(q, 'type') ?? '';
		if (type === 'category') {
			const path = categoryPath(textChild(q.category));
			const label = path[path.length - 1];
			const id = own(q.idnumber).trim() || undefined;
			category = label ? [{ label, ...(id ? { id } : {}) }] : [];
			if (!title && path.length >= 2) out.title = title = path[path.length - 2]!;
			continue;
		}
		number++;
		const name = collapseSpace(textChild(q.name));
		const where = `pytanie ${number}${name ? ` ${excerpt(name)}` : ''}`;
		readQuestion(out, q, type, where, name, category, categoryIds);
	}
	if (!out.itemCount && !out.errors.length && !out.skipped.length)
		out.error('plik', 'plik nie zawiera żadnego pytania');
	return out.result();
}

function fraction(node: Node): number {
	const f = parseNumber(attr(node, 'fraction') ?? '0');
	return Number.isNaN(f) ? 0 : f;
}

function readQuestion(
	out: ImportCollector,
	q: Node,
	type: string,
	where: string,
	name: string,
	category: { label: string; id?: string }[],
	categoryIds: Map<string, string>
): void {
	if (UNSUPPORTED[type])
		return out.skip(where, `pytanie typu ${UNSUPPORTED[type]} pominięte`, UNSUPPORTED[type]);
	const leftovers: HtmlLeftovers = { media: [] };
	const prompt = fieldText(q.questiontext, leftovers);
	const feedback = splitFeedback(fieldText(q.generalfeedback, leftovers));
	const tags = list(q.tags, 'tag')
		.map((t) => collapseSpace(textChild(t)))
		.filter(Boolean)
		.map((label) => ({ label, id: categoryIds.get(label.toLowerCase()) }));
	const topics = [...category, ...tags];
	const idnumber = own(q.idnumber).trim() || undefined;
	const answers = list(q, 'answer');
	const answerText = (a: Node) => fieldText(a, leftovers);
	const add = (draft: QuestionDraft) => {
		if (
			out.addQuestion(where, { ...draft, ...feedback }, topics, idnumber ?? name, name || prompt) &&
			leftovers.media.length
		)
			out.note(
				where,
				`pominięto osadzone pliki: ${[...new Set(leftovers.media)].join(', ')}`,
				'plik'
			);
	};
	switch (type) {
		case 'multichoice': {
			const single = own(q.single).trim() !== 'false' && own(q.single).trim() !== '0';
			const options = answers.map((a) => ({
				text: answerText(a),
				correct: single ? fraction(a) >= 100 : fraction(a) > 0
			}));
			if (single && answers.some((a) => fraction(a) > 0 && fraction(a) < 100))
				out.note(
					where,
					'częściowe punkty za odpowiedzi pominięte (liczą się jako błędne)',
					'częściowe'
				);
			const right = options.filter((o) => o.correct).length;
			return add({ type: !single && right > 1 ? 'multiple' : 'single', prompt, options });
		}
		case 'truefalse': {
			const right = answers.find((a) => fraction(a) >= 100);
			const value = right ? collapseSpace(textChild(right)).toLowerCase() : '';
			if (value !== 'true' && value !== 'false')
				return out.error(where, 'pytanie prawda/fałsz bez poprawnej odpowiedzi');
			return add({ type: 'true-false', prompt, answer: value === 'true' });
		}
		case 'shortanswer': {
			const full = answers.filter((a) => fraction(a) >= 100);
			if (full.length < answers.length)
				out.note(where, 'odpowiedzi z częściowymi punktami pominięte', 'częściowe');
			return add({ type: 'short', prompt, answers: full.map(answerText) });
		}
		case 'numerical': {
			const best = answers.find((a) => fraction(a) >= 100 && textChild(a).trim() !== '*');
			if (!best) return out.error(where, 'pytanie liczbowe bez poprawnej odpowiedzi');
			const answer = parseNumber(textChild(best));
			const tolerance = parseNumber(own(best.tolerance) || '0');
			if (Number.isNaN(answer))
				return out.error(where, `„${collapseSpace(textChild(best))}” nie jest liczbą`);
			if (answers.length > 1)
				out.note(where, 'odpowiedzi liczbowe z częściowymi punktami pominięte', 'częściowe');
			const unit = list(q.units, 'unit').find((u) => parseNumber(own(u.multiplier) || '1') === 1);
			return add({
				type: 'numeric',
				prompt,
				answer,
				tolerance,
				unit: collapseSpace(own(unit?.unit_name))
			});
		}
		case 'matching': {
			const subs = list(q, 'subquestion');
			const pairs = subs
				.map((s) => ({ left: fieldText(s, leftovers), right: collapseSpace(textChild(s.answer)) }))
				.filter((p) => p.left);
			if (pairs.length < subs.length)
				out.note(where, 'dodatkowe odpowiedzi bez pary (dystraktory) pominięte', 'dystraktor');
			return add({ type: 'match', prompt, pairs });
		}
		case 'ordering': {
			const ranked = answers.map((a, i) => ({
				text: answerText(a),
				rank: fraction(a) || i + 1,
				i
			}));
			ranked.sort((a, b) => a.rank - b.rank || a.i - b.i);
			return add({ type: 'order', prompt, items: ranked.map((r) => r.text) });
		}
		case 'cloze':
		case 'multianswer': {
			const cloze = readCloze(prompt);
			if ('error' in cloze) return out.error(where, cloze.error);
			if (cloze.converted)
				out.note(where, 'luki z listą wyboru lub liczbą zamienione na wpisywanie', 'luka');
			return add({ type: 'cloze', prompt: cloze.prompt, text: cloze.text, gaps: cloze.gaps });
		}
		default:
			return out.skip(
				where,
				`pytanie typu „${type || 'bez typu'}” nie jest obsługiwane`,
				type || 'nieznany'
			);
	}
}

const HAS_GAP = /\{\d*:[A-Z_]+:/;
const CLOZE_GAP = /\{(\d*):([A-Z_]+):((?:\\.|[^}\\])*)\}/g;

/** Splits an embedded answer list at unescaped `~`. */
function clozeAnswers(body: string): { weight: number; text: string }[] {
	const parts: string[] = [];
	let current = '';
	for (let i = 0; i < body.length; i++) {
		const ch = body[i]!;
		if (ch === '\\' && i + 1 < body.length) {
			current += ch + body[i + 1];
			i++;
		} else if (ch === '~') {
			parts.push(current);
			current = '';
		} else current += ch;
	}
	parts.push(current);
	return parts.map((p) => {
		let weight = 0;
		let rest = p;
		const m = /^%(-?\d+(?:\.\d+)?)%/.exec(rest);
		if (rest.startsWith('=')) {
			weight = 100;
			rest = rest.slice(1);
		} else if (m) {
			weight = Number(m[1]);
			rest = rest.slice(m[0].length);
		}
		const hash = rest.search(/(?<!\\)#/);
		const answer = hash < 0 ? rest : rest.slice(0, hash);
		return { weight, text: answer.replace(/\\(.)/g, '$1').trim() };
	});
}

/** Moodle's embedded answers (Cloze) → our cloze: `{1:SHORTANSWER:=a~=b}` → `{1}`, [a, b]. */
function readCloze(
	html: string
): { prompt: string; text: string; gaps: string[][]; converted: boolean } | { error: string } {
	const paragraphs = html.split(/\n{2,}/);
	const first = paragraphs.findIndex((p) => HAS_GAP.test(p));
	if (first < 0) return { error: 'tekst z lukami nie ma żadnej luki {…}' };
	const gaps: string[][] = [];
	let converted = false;
	const body = paragraphs.slice(first).join('\n\n');
	const text = body.replace(CLOZE_GAP, (_m, _w, kind: string, answers: string) => {
		const right = clozeAnswers(answers).filter((a) => a.weight >= 100 && a.text);
		if (!/^(SHORTANSWER|SA|MW|SHORTANSWER_C|SAC|MWC)$/.test(kind)) converted = true;
		gaps.push(
			/^(NUMERICAL|NM)$/.test(kind)
				? right.map((a) => a.text.split(':')[0]!.trim())
				: right.map((a) => a.text)
		);
		return `{${gaps.length}}`;
	});
	if (gaps.some((g) => !g.length)) return { error: 'luka bez poprawnej odpowiedzi' };
	const prompt = paragraphs.slice(0, first).join('\n\n').trim() || CLOZE_PROMPT;
	return { prompt, text: text.trim(), gaps, converted };
}

// ---------------------------------------------------------------------------------------------
// Export

function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

function cdata(html: string): string {
	return `<![CDATA[${html.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

function htmlField(tag: string, text: string, indent = '\t\t'): string {
	return `${indent}<${tag} format="html">\n${indent}\t<text>${cdata(text ? textToHtml(text) : '')}</text>\n${indent}</${tag}>`;
}

function answer(fraction: string, text: string, extra = ''): string {
	return [
		`\t\t<answer fraction="${fraction}" format="html">`,
		`\t\t\t<text>${cdata(textToHtml(text))}</text>`,
		...(extra ? [extra] : []),
		'\t\t\t<feedback format="html">\n\t\t\t\t<text></text>\n\t\t\t</feedback>',
		'\t\t</answer>'
	].join('\n');
}

/** A weight of Moodle's grade list with seven decimals, e.g. 33.3333333. */
function percent(share: number): string {
	return (Math.round(share * 1e9) / 1e7).toFixed(7);
}

function escapeClozeAnswer(text: string): string {
	return text.replace(/[}#~/"\\]/g, (c) => '\\' + c);
}

function questionXml(q: InteropQuestion, bank: InteropBank): string {
	const moodleType: Record<InteropQuestion['type'], string> = {
		single: 'multichoice',
		multiple: 'multichoice',
		'true-false': 'truefalse',
		short: 'shortanswer',
		numeric: 'numerical',
		match: 'matching',
		order: 'ordering',
		cloze: 'cloze'
	};
	const body: string[] = [];
	let questionText = q.prompt;
	switch (q.type) {
		case 'single':
		case 'multiple': {
			const right = q.options.filter((o) => o.correct).length;
			const multi = q.type === 'multiple';
			body.push(
				`\t\t<single>${multi ? 'false' : 'true'}</single>`,
				'\t\t<shuffleanswers>true</shuffleanswers>',
				'\t\t<answernumbering>abc</answernumbering>',
				'\t\t<showstandardinstruction>0</showstandardinstruction>',
				...q.options.map((o) =>
					answer(
						multi ? (o.correct ? '' : '-') + percent(1 / right) : o.correct ? '100' : '0',
						o.text
					)
				)
			);
			break;
		}
		case 'true-false':
			body.push(
				answer(q.answer ? '100' : '0', 'true')
					.replace('format="html"', 'format="moodle_auto_format"')
					.replace(cdata('true'), 'true'),
				answer(q.answer ? '0' : '100', 'false')
					.replace('format="html"', 'format="moodle_auto_format"')
					.replace(cdata('false'), 'false')
			);
			break;
		case 'short':
			body.push('\t\t<usecase>0</usecase>', ...q.answers.map((a) => answer('100', a)));
			break;
		case 'numeric':
			body.push(
				answer('100', String(q.answer), `\t\t\t<tolerance>${q.tolerance}</tolerance>`).replace(
					cdata(String(q.answer)),
					String(q.answer)
				),
				'\t\t<unitgradingtype>0</unitgradingtype>',
				'\t\t<unitpenalty>0.1000000</unitpenalty>',
				'\t\t<showunits>3</showunits>',
				'\t\t<unitsleft>0</unitsleft>',
				...(q.unit
					? [
							`\t\t<units>\n\t\t\t<unit>\n\t\t\t\t<multiplier>1</multiplier>\n\t\t\t\t<unit_name>${escapeXml(q.unit)}</unit_name>\n\t\t\t</unit>\n\t\t</units>`
						]
					: [])
			);
			break;
		case 'match':
			body.push(
				'\t\t<shuffleanswers>true</shuffleanswers>',
				...q.pairs.map(
					(p) =>
						`\t\t<subquestion format="html">\n\t\t\t<text>${cdata(textToHtml(p.left))}</text>\n\t\t\t<answer>\n\t\t\t\t<text>${escapeXml(p.right)}</text>\n\t\t\t</answer>\n\t\t</subquestion>`
				)
			);
			break;
		case 'order':
			body.push(
				'\t\t<layouttype>VERTICAL</layouttype>',
				'\t\t<selecttype>ALL</selecttype>',
				'\t\t<selectcount>0</selectcount>',
				'\t\t<gradingtype>LONGEST_ORDERED_SUBSET</gradingtype>',
				'\t\t<showgrading>SHOW</showgrading>',
				'\t\t<numberingstyle>none</numberingstyle>',
				...q.items.map((item, i) => answer(`${i + 1}.0000000`, item))
			);
			break;
		case 'cloze': {
			const embedded = q.text.replace(/\{(\d+)\}/g, (_m, n: string) => {
				const gap = q.gaps[Number(n) - 1] ?? [];
				return `\uE000${gap.map((a) => '=' + escapeClozeAnswer(a)).join('~')}\uE001`;
			});
			questionText = `${q.prompt}\n\n${embedded}`;
			break;
		}
	}
	let html = textToHtml(questionText).replace(/<br><br>/g, '</p><p>');
	html = `<p>${html}</p>`;
	if (q.type === 'cloze') {
		// Moodle reads `"` inside embedded answers only when it is escaped as `\"`, not as an entity.
		html = html.replace(
			/\uE000([^\uE001]*)\uE001/g,
			(_m, answers: string) => `{1:SHORTANSWER:${answers.replace(/&quot;/g, '"')}}`
		);
	}
	const tags = q.topics.map(
		(t) => `\t\t\t<tag>\n\t\t\t\t<text>${escapeXml(topicLabel(bank, t))}</text>\n\t\t\t</tag>`
	);
	return [
		`\t<question type="${moodleType[q.type]}">`,
		`\t\t<name>\n\t\t\t<text>${escapeXml(q.id)}</text>\n\t\t</name>`,
		`\t\t<questiontext format="html">\n\t\t\t<text>${cdata(html)}</text>\n\t\t</questiontext>`,
		htmlField('generalfeedback', feedbackOf(q.explanation, q.evidence)),
		'\t\t<defaultgrade>1</defaultgrade>',
		'\t\t<penalty>0.3333333</penalty>',
		'\t\t<hidden>0</hidden>',
		`\t\t<idnumber>${escapeXml(q.id)}</idnumber>`,
		...body,
		`\t\t<tags>\n${tags.join('\n')}\n\t\t</tags>`,
		'\t</question>'
	].join('\n');
}

/**
 * Writes a bank as Moodle XML: a category per topic (with the topic id as its idnumber), every
 * topic as a tag, the item id as name and idnumber, explanation and evidence as general feedback.
 */
export function exportMoodleXml(bank: InteropBank): ExportResult {
	const leftOut: InteropNote[] = bank.cards.map((c) => ({
		where: c.id,
		reason: 'Moodle nie ma fiszek',
		kind: 'fiszka'
	}));
	const byTopic = new Map<string, string[]>();
	for (const q of bank.questions) {
		const topic = q.topics[0] ?? '';
		byTopic.set(topic, [...(byTopic.get(topic) ?? []), questionXml(q, bank)]);
	}
	const parts = [...byTopic].map(([topic, qs]) => {
		const path = `$course$/top/${collapseSpace(bank.title).replace(/\//g, '//')}/${topicLabel(bank, topic).replace(/\//g, '//')}`;
		return [
			'\t<question type="category">',
			`\t\t<category>\n\t\t\t<text>${escapeXml(path)}</text>\n\t\t</category>`,
			`\t\t<info format="html">\n\t\t\t<text></text>\n\t\t</info>`,
			`\t\t<idnumber>${escapeXml(topic)}</idnumber>`,
			'\t</question>',
			...qs
		].join('\n');
	});
	const data = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<quiz>',
		`<!-- ${escapeXml(bank.title).replace(/--/g, '- -')} -->`,
		...parts,
		'</quiz>',
		''
	].join('\n');
	return {
		format: 'moodle-xml',
		fileName: `${bank.id}.moodle.xml`,
		mimeType: 'application/xml;charset=utf-8',
		data,
		leftOut,
		notes: []
	};
}
