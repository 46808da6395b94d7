/**
 * GIFT, Moodle's text format for questions (docs.moodle.org/en/GIFT_format): reading every
 * construct Moodle writes, and writing a bank so that Moodle imports it as it is.
 *
 * Hand-written rather than the npm `gift-pegjs`: that parser needs the unmaintained `pegjs`
 * runtime and stops at the first syntax error, while a teacher's file should import partially
 * with the broken question named by its line.
 */
import { ImportCollector, type QuestionDraft } from './conform';
import {
	collapseSpace,
	excerpt,
	feedbackOf,
	htmlToText,
	normaliseNewlines,
	parseNumber,
	splitFeedback,
	type HtmlLeftovers
} from './text';
import type {
	ExportResult,
	ImportResult,
	InteropBank,
	InteropNote,
	InteropQuestion
} from './types';

/** Prompt of an imported missing-word question that has no instruction of its own. */
export const CLOZE_PROMPT = 'Uzupełnij lukę.';

/** Characters GIFT gives a meaning to; a backslash before one makes it plain text. */
const SPECIAL = '~=#{}:';

/** Escapes text for GIFT: `\` and `~ = # { } :` get a backslash, line breaks become `\n`. */
export function escapeGift(text: string): string {
	let out = '';
	for (const ch of text) {
		if (ch === '\\' || SPECIAL.includes(ch)) out += '\\' + ch;
		else if (ch === '\n') out += '\\n';
		else out += ch;
	}
	return out;
}

/** Reverses `escapeGift` (and Moodle's own escapes): `\x` → `x`, `\n` → line break. */
export function unescapeGift(text: string): string {
	return text.replace(/\\([~=#{}:\\n])/g, (_m, ch: string) => (ch === 'n' ? '\n' : ch));
}

/** Indices of `ch` in `s` that no backslash escapes. */
function unescapedIndex(s: string, ch: string, from = 0): number {
	for (let i = from; i < s.length; i++) {
		if (s[i] === '\\') i++;
		else if (s.startsWith(ch, i)) return i;
	}
	return -1;
}

/** Splits at every unescaped occurrence of one of `marks`, keeping each mark with its part. */
function splitMarks(s: string, marks: string): { mark: string; text: string }[] {
	const parts: { mark: string; text: string }[] = [];
	let current: { mark: string; text: string } = { mark: '', text: '' };
	for (let i = 0; i < s.length; i++) {
		const ch = s[i]!;
		if (ch === '\\' && i + 1 < s.length) {
			current.text += ch + s[i + 1];
			i++;
		} else if (marks.includes(ch)) {
			parts.push(current);
			current = { mark: ch, text: '' };
		} else current.text += ch;
	}
	parts.push(current);
	return parts;
}

/** Splits a part at its first unescaped `#`: the answer and its feedback. */
function answerAndFeedback(s: string): [string, string] {
	const i = unescapedIndex(s, '#');
	return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
}

/** `%50%text` → [50, 'text']; no weight → [undefined, text]. */
function weightOf(s: string): [number | undefined, string] {
	const m = /^\s*%(-?\d+(?:[.,]\d+)?)%/.exec(s);
	return m ? [Number(m[1]!.replace(',', '.')), s.slice(m[0].length)] : [undefined, s];
}

type TextFormat = 'moodle' | 'html' | 'plain' | 'markdown';

/** Block of lines between blank lines, with the line number of its first line. */
interface Block {
	line: number;
	text: string;
}

function blocksOf(source: string): Block[] {
	const blocks: Block[] = [];
	let current: string[] = [];
	let start = 0;
	const lines = source.split('\n');
	lines.forEach((line, i) => {
		if (/^\s*\/\//.test(line)) return;
		if (line.trim() === '') {
			if (current.length) blocks.push({ line: start, text: current.join('\n') });
			current = [];
			return;
		}
		if (!current.length) start = i + 1;
		current.push(line);
	});
	if (current.length) blocks.push({ line: start, text: current.join('\n') });
	return blocks;
}

/** Splits a `$CATEGORY:` path at `/` (Moodle writes a slash inside a name as `//`). */
export function categoryPath(path: string): string[] {
	const skip = new Set(['$course$', '$system$', '$module$', '$cat1$', 'top']);
	return path
		.split(/(?<!\/)\/(?!\/)/)
		.map((p) => p.replace(/\/\//g, '/').trim())
		.filter((p) => p && !skip.has(p));
}

interface ParsedAnswer {
	mark: string;
	weight: number | undefined;
	text: string;
	feedback: string;
}

/** Reads a GIFT file. Broken questions are reported by line and left out; the rest is kept. */
export function parseGift(source: string, title?: string): ImportResult {
	const out = new ImportCollector('gift', title);
	let category: string[] = [];
	let number = 0;
	for (const block of blocksOf(normaliseNewlines(source))) {
		let text = block.text.trim();
		let line = block.line;
		while (text.startsWith('$CATEGORY:')) {
			const end = text.indexOf('\n');
			const path = end < 0 ? text.slice(10) : text.slice(10, end);
			category = categoryPath(path);
			// `$course$/top/<bank>/<topic>`: the parent category names the bank.
			if (!title && category.length >= 2) out.title = title = category[category.length - 2]!;
			text = end < 0 ? '' : text.slice(end + 1).trim();
			line++;
		}
		if (!text) continue;
		number++;
		parseQuestion(out, text, `pytanie ${number} (wiersz ${line})`, category);
	}
	if (!out.itemCount && !out.errors.length && !out.skipped.length)
		out.error('plik', 'plik nie zawiera żadnego pytania w formacie GIFT');
	return out.result();
}

function readText(raw: string, format: TextFormat, leftovers: HtmlLeftovers): string {
	const text = unescapeGift(raw);
	if (format === 'plain' || format === 'markdown') return text.trim();
	// Moodle's own format and [html] let HTML through; reduce it to text.
	return htmlToText(text, leftovers);
}

function parseQuestion(
	out: ImportCollector,
	block: string,
	where: string,
	category: string[]
): void {
	let rest = block;
	let title: string | undefined;
	if (rest.startsWith('::')) {
		const end = unescapedIndex(rest, '::', 2);
		if (end < 0) return out.error(where, 'tytuł pytania nie jest zamknięty znakami ::');
		title = unescapeGift(rest.slice(2, end)).trim();
		rest = rest.slice(end + 2).trimStart();
	}
	let format: TextFormat = 'moodle';
	const fm = /^\[(html|moodle|plain|markdown)\]/i.exec(rest);
	if (fm) {
		format = fm[1]!.toLowerCase() as TextFormat;
		rest = rest.slice(fm[0].length);
	}
	const where2 = title ? `${where} ${excerpt(title)}` : where;
	const open = unescapedIndex(rest, '{');
	if (open < 0) {
		return out.skip(where2, 'opis bez odpowiedzi (typ „opis”) pominięty', 'opis');
	}
	const close = unescapedIndex(rest, '}', open + 1);
	if (close < 0) return out.error(where2, 'blok odpowiedzi nie jest zamknięty nawiasem }');
	const after = rest.slice(close + 1);
	if (unescapedIndex(after, '{') >= 0)
		return out.error(where2, 'więcej niż jeden blok odpowiedzi { } w jednym pytaniu');
	const leftovers: HtmlLeftovers = { media: [] };
	const before = readText(rest.slice(0, open), format, leftovers);
	const afterText = readText(after, format, leftovers);
	const missingWord = afterText !== '';
	let inside = rest.slice(open + 1, close);
	let general = '';
	const g = unescapedIndex(inside, '####');
	if (g >= 0) {
		general = readText(inside.slice(g + 4), format, leftovers);
		inside = inside.slice(0, g);
	}
	const prompt = missingWord ? `${before} ___ ${afterText}`.trim() : before;
	const topics = category.length ? [{ label: category[category.length - 1]! }] : [];
	const feedback = splitFeedback(general);
	const answerFeedback: string[] = [];
	const add = (draft: QuestionDraft) => {
		if (out.addQuestion(where2, { ...draft, ...feedback }, topics, title, title || prompt)) {
			if (leftovers.media.length)
				out.note(where2, `pominięto osadzone pliki: ${leftovers.media.join(', ')}`, 'plik');
			if (answerFeedback.length)
				out.note(where2, 'informacje zwrotne do poszczególnych odpowiedzi pominięte', 'feedback');
		}
	};
	const body = inside.trim();
	if (body === '') return out.skip(where2, 'pytanie typu esej pominięte', 'esej');

	if (body.startsWith('#')) {
		const parts = splitMarks(body.slice(1), '=').filter((p, i) => i > 0 || p.text.trim());
		const answers = parts.map((p) => parseAnswer(p, format, leftovers, answerFeedback));
		const best = answers.find((a) => a.weight === undefined || a.weight === 100) ?? answers[0];
		if (!best) return out.error(where2, 'pytanie liczbowe bez odpowiedzi');
		const value = numericOf(best.text);
		if (!value)
			return out.error(where2, `„${collapseSpace(best.text)}” nie jest liczbą ani przedziałem`);
		if (answers.length > 1)
			out.note(where2, 'odpowiedzi liczbowe z częściowymi punktami pominięte', 'częściowe');
		return add({
			type: 'numeric',
			prompt,
			answer: value.answer,
			tolerance: value.tolerance,
			unit: ''
		});
	}

	const [tfText, ...tfFeedback] = splitMarksHash(body);
	const tf = /^(t|true|f|false)$/i.exec(tfText!.trim());
	if (tf) {
		if (tfFeedback.some((f) => f.trim())) answerFeedback.push(...tfFeedback);
		return add({ type: 'true-false', prompt, answer: tf[1]!.toLowerCase().startsWith('t') });
	}

	const parts = splitMarks(body, '=~');
	if (parts[0]!.text.trim())
		return out.error(
			where2,
			`tekst „${collapseSpace(parts[0]!.text)}” przed pierwszą odpowiedzią (brak = lub ~)`
		);
	const answers = parts.slice(1).map((p) => parseAnswer(p, format, leftovers, answerFeedback));
	if (!answers.length) return out.error(where2, 'brak odpowiedzi w bloku { }');
	const hasWrong = answers.some((a) => a.mark === '~');

	if (!hasWrong && answers.every((a) => a.text.includes('->'))) {
		const pairs: { left: string; right: string }[] = [];
		let extra = 0;
		for (const a of answers) {
			const arrow = a.text.indexOf('->');
			const left = a.text.slice(0, arrow).trim();
			const right = a.text.slice(arrow + 2).trim();
			if (!left) extra++;
			else pairs.push({ left, right });
		}
		if (extra)
			out.note(where2, 'dodatkowe odpowiedzi bez pary (dystraktory) pominięte', 'dystraktor');
		return add({ type: 'match', prompt, pairs });
	}
	if (!hasWrong) {
		const full = answers.filter((a) => a.weight === undefined || a.weight >= 100);
		if (full.length < answers.length)
			out.note(where2, 'odpowiedzi z częściowymi punktami pominięte', 'częściowe');
		const accepted = full.map((a) => a.text);
		if (missingWord) {
			// "Instruction\nsentence {=gap} rest": the last line is the sentence with the gap.
			const cut = before.lastIndexOf('\n');
			const sentence = `${before.slice(cut + 1)} {1} ${afterText}`.trim();
			const instruction = cut < 0 ? CLOZE_PROMPT : before.slice(0, cut).trim();
			return add({ type: 'cloze', prompt: instruction, text: sentence, gaps: [accepted] });
		}
		return add({ type: 'short', prompt, answers: accepted });
	}
	const hasRight = answers.some((a) => a.mark === '=');
	const options = answers.map((a) => ({
		text: a.text,
		correct: a.mark === '=' || (!hasRight && (a.weight ?? 0) > 0)
	}));
	if (hasRight && answers.some((a) => a.mark === '~' && (a.weight ?? 0) > 0))
		out.note(
			where2,
			'częściowe punkty za odpowiedzi pominięte (liczą się jako błędne)',
			'częściowe'
		);
	const right = options.filter((o) => o.correct).length;
	return add({ type: right > 1 ? 'multiple' : 'single', prompt, options });
}

/** Splits at unescaped `#` (true/false feedback). */
function splitMarksHash(s: string): string[] {
	return splitMarks(s, '#').map((p) => p.text);
}

function parseAnswer(
	part: { mark: string; text: string },
	format: TextFormat,
	leftovers: HtmlLeftovers,
	feedbacks: string[]
): ParsedAnswer {
	const [weight, rest] = weightOf(part.text);
	const [answer, feedback] = answerAndFeedback(rest);
	if (feedback.trim()) feedbacks.push(feedback);
	return { mark: part.mark, weight, text: readText(answer, format, leftovers), feedback };
}

/** `7598:0`, `1.5:0.1`, `1..5` or `42` → answer and tolerance. */
function numericOf(text: string): { answer: number; tolerance: number } | undefined {
	const t = text.trim();
	const range = /^(.+?)\.\.(.+)$/.exec(t);
	if (range) {
		const lo = parseNumber(range[1]!);
		const hi = parseNumber(range[2]!);
		if (Number.isNaN(lo) || Number.isNaN(hi) || hi < lo) return undefined;
		return { answer: (lo + hi) / 2, tolerance: (hi - lo) / 2 };
	}
	const [a, tol] = t.split(':');
	const answer = parseNumber(a ?? '');
	const tolerance = tol === undefined ? 0 : parseNumber(tol);
	if (Number.isNaN(answer) || Number.isNaN(tolerance) || tolerance < 0) return undefined;
	return { answer, tolerance };
}

/** Moodle's grade list: a share written with five decimals is one of its allowed weights. */
function weight(share: number): string {
	return String(Math.round(share * 1e7) / 1e5);
}

/** `$course$/top/<bank>/<topic>`, with `/` inside a name doubled as Moodle does. */
export function categoryLine(bankTitle: string, topicLabel: string): string {
	const part = (s: string) => collapseSpace(s).replace(/\//g, '//');
	return `$CATEGORY: $course$/top/${part(bankTitle)}/${part(topicLabel)}`;
}

/** Label of a bank's topic id (the id itself when the bank does not define it). */
export function topicLabel(bank: InteropBank, id: string | undefined): string {
	return bank.topics.find((t) => t.id === id)?.label ?? id ?? 'Ogólne';
}

/** Why GIFT cannot carry a question, or undefined when it can. */
function giftLeavesOut(q: InteropQuestion): string | undefined {
	if (q.type === 'order') return 'GIFT nie ma pytań o kolejność';
	if (q.type === 'cloze' && q.gaps.length > 1) return 'GIFT ma tylko jedną lukę w pytaniu';
	return undefined;
}

function giftQuestion(q: InteropQuestion): string {
	const texts: string[] = [q.prompt];
	const e = escapeGift;
	const lines: string[] = [];
	let head = '';
	switch (q.type) {
		case 'single':
			lines.push(...q.options.map((o) => `${o.correct ? '=' : '~'}${e(o.text)}`));
			texts.push(...q.options.map((o) => o.text));
			break;
		case 'multiple': {
			const right = q.options.filter((o) => o.correct).length;
			const w = weight(1 / right);
			lines.push(...q.options.map((o) => `~%${o.correct ? '' : '-'}${w}%${e(o.text)}`));
			texts.push(...q.options.map((o) => o.text));
			break;
		}
		case 'true-false':
			lines.push(q.answer ? 'TRUE' : 'FALSE');
			break;
		case 'short':
			lines.push(...q.answers.map((a) => `=${e(a)}`));
			texts.push(...q.answers);
			break;
		case 'numeric':
			lines.push(`#${q.answer}:${q.tolerance}`);
			break;
		case 'match':
			lines.push(...q.pairs.map((p) => `=${e(p.left)} -> ${e(p.right)}`));
			texts.push(...q.pairs.flatMap((p) => [p.left, p.right]));
			break;
		case 'cloze':
			texts.push(q.text, ...q.gaps.flat());
			lines.push(...q.gaps[0]!.map((a) => `=${e(a)}`));
			break;
		case 'order':
			break;
	}
	const feedback = feedbackOf(q.explanation, q.evidence);
	if (feedback) {
		lines.push(`####${e(feedback)}`);
		texts.push(feedback);
	}
	// In Moodle's default format HTML in the text would be rendered; [plain] shows it as typed.
	const format = texts.some((t) => /[<>&]/.test(t)) ? '[plain]' : '';
	const block = `{\n${lines.map((l) => `\t${l}`).join('\n')}\n}`;
	if (q.type === 'cloze') {
		const [before, after] = q.text.split('{1}') as [string, string];
		head = `::${e(q.id)}::${format}${e(`${q.prompt}\n${before.trimEnd()}`)} `;
		return `${head}${block}${after.trim() ? ' ' + e(after.trim()) : ''}`;
	}
	return `::${e(q.id)}::${format}${e(q.prompt)} ${block}`;
}

/**
 * Writes a bank as GIFT: one `$CATEGORY` per topic (an item goes under its first topic), the
 * item id as the question's title, the explanation and evidence as general feedback.
 */
export function exportGift(bank: InteropBank): ExportResult {
	const leftOut: InteropNote[] = [];
	const notes: InteropNote[] = [];
	const byTopic = new Map<string, string[]>();
	for (const q of bank.questions) {
		const why = giftLeavesOut(q);
		if (why) {
			leftOut.push({ where: q.id, reason: why, kind: q.type });
			continue;
		}
		if (q.topics.length > 1)
			notes.push({ where: q.id, reason: 'GIFT zapisuje tylko pierwszy temat', kind: 'temat' });
		if (q.type === 'numeric' && q.unit)
			notes.push({ where: q.id, reason: `jednostka „${q.unit}” pominięta`, kind: 'jednostka' });
		const topic = q.topics[0] ?? '';
		byTopic.set(topic, [...(byTopic.get(topic) ?? []), giftQuestion(q)]);
	}
	for (const c of bank.cards)
		leftOut.push({ where: c.id, reason: 'GIFT nie ma fiszek', kind: 'fiszka' });
	const header = [
		`// ${bank.title}`,
		...(bank.description ? [`// ${collapseSpace(bank.description)}`] : [])
	];
	const sections = [...byTopic].map(([topic, qs]) =>
		[categoryLine(bank.title, topicLabel(bank, topic)), ...qs].join('\n\n')
	);
	return {
		format: 'gift',
		fileName: `${bank.id}.gift.txt`,
		mimeType: 'text/plain;charset=utf-8',
		data: [header.join('\n'), ...sections].join('\n\n') + '\n',
		leftOut,
		notes
	};
}
