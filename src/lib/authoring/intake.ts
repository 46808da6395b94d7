/**
 * Text intake: a pasted text (plain, Markdown-ish or HTML copied from a web page) becomes the
 * source text of a bank (`source.md` form: blocks separated by blank lines, `## ` headings)
 * and its parsed blocks. HTML is only ever converted to text here, never rendered.
 */
import { parseSource } from '$lib/bank/source';
import type { SourceBlock } from '$lib/bank/types';

/** Longest accepted raw paste, in characters; anything longer is refused before any work. */
export const MAX_RAW_CHARS = 2_000_000;
/** Longest accepted plain text, in characters (a long lesson is about 20 000). */
export const MAX_TEXT_CHARS = 100_000;

const BLOCK_TAGS =
	'address|article|aside|blockquote|dd|div|dl|dt|figure|footer|form|header|hr|li|main|nav|ol|p|pre|section|table|tbody|thead|tfoot|tr|ul';

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	shy: '',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	bdquo: '„',
	rdquo: '”',
	ldquo: '“',
	laquo: '«',
	raquo: '»',
	lsquo: '‘',
	rsquo: '’',
	sbquo: '‚',
	oacute: 'ó',
	Oacute: 'Ó',
	deg: '°',
	sup2: '²',
	sup3: '³',
	times: '×',
	middot: '·',
	bull: '•',
	euro: '€',
	copy: '©',
	reg: '®',
	thinsp: ' ',
	ensp: ' ',
	emsp: ' '
};

/** Decodes HTML character references (`&amp;`, `&#261;`, `&#x105;`); unknown ones stay as they are. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code =
				ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
			return Number.isFinite(code) && code > 0 && code <= 0x10ffff
				? String.fromCodePoint(code)
				: whole;
		}
		return NAMED_ENTITIES[ref] ?? whole;
	});
}

/** True when the text looks like HTML markup rather than prose that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
	const tags = text.match(
		/<\/?(?:p|div|br|span|a|b|i|em|strong|h[1-6]|li|ul|ol|table|td|tr|html|body|article|section|figure|img|meta)\b[^>]*>/gi
	);
	return (tags?.length ?? 0) >= 2;
}

/**
 * HTML to plain text: scripts, styles and comments dropped, blocks become paragraphs,
 * `<h1>`–`<h3>` become `## ` headings, `<br>` a line break, every other tag is removed and
 * character references decoded. The result is text only; nothing is ever rendered.
 */
export function htmlToText(html: string): string {
	const text = html
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(
			/<(script|style|head|noscript|template|svg|iframe|object|figcaption|button|select)\b[\s\S]*?<\/\1\s*>/gi,
			' '
		)
		.replace(/<(h[1-3])\b[^>]*>([\s\S]*?)<\/\1\s*>/gi, (_, _tag, inner: string) => {
			const heading = inner
				.replace(/<[^>]*>/g, ' ')
				.replace(/\s+/g, ' ')
				.trim();
			return heading ? `\n\n## ${heading}\n\n` : '\n\n';
		})
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(new RegExp(`</?(?:${BLOCK_TAGS}|h[4-6])\\b[^>]*>`, 'gi'), '\n\n')
		.replace(/<\/?(?:td|th)\b[^>]*>/gi, ' ')
		.replace(/<[^>]*>/g, '')
		.replace(/[<>]/g, ' ');
	return decodeEntities(text);
}

/**
 * Normalises whitespace and invisible characters of a pasted plain text: CRLF/CR to LF,
 * non-breaking and other special spaces to spaces, soft hyphens and zero-width characters
 * removed, Markdown headings (`#`, `##`, `###`) unified to `## `, runs of blank lines collapsed.
 * When the text has no blank line at all, each line is taken as a paragraph (text copied
 * from a word processor often comes that way).
 */
export function normaliseText(text: string): string {
	let t = text
		.replace(/\r\n?/g, '\n')
		.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g, ' ')
		.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
		.replace(/[\u2028\u2029]/g, '\n');
	t = t
		.split('\n')
		.map((line) => line.replace(/ +/g, ' ').trim())
		.map((line) => line.replace(/^#{1,6} +(?=\S)/, '## '))
		.join('\n');
	if (!/\n\s*\n/.test(t.trim())) t = t.replace(/\n/g, '\n\n');
	// A heading always stands alone, even when the author wrote the paragraph on the next line.
	t = t.replace(/^(## .*)\n(?=\S)/gm, '$1\n\n');
	return t.replace(/\n{3,}/g, '\n\n').trim();
}

export type IntakeProblem =
	| { code: 'empty' }
	| { code: 'too-long'; chars: number; limit: number }
	| { code: 'no-sentences' }
	| { code: 'not-polish' };

export interface IntakeResult {
	/** The text as it will be stored: `source.md` form. */
	sourceText: string;
	blocks: SourceBlock[];
	/** True when the paste was HTML and was converted to text. */
	fromHtml: boolean;
}

export type Intake = { ok: true; value: IntakeResult } | { ok: false; problem: IntakeProblem };

export interface IntakeOptions {
	/** Go on with a text that does not look Polish (the user confirmed it). */
	allowOtherLanguage?: boolean;
}

/** Turns a paste into the source text and its blocks, or a problem to tell the user. */
export function intake(raw: string, options: IntakeOptions = {}): Intake {
	if (raw.length > MAX_RAW_CHARS) {
		return { ok: false, problem: { code: 'too-long', chars: raw.length, limit: MAX_TEXT_CHARS } };
	}
	const fromHtml = looksLikeHtml(raw);
	const sourceText = normaliseText(fromHtml ? htmlToText(raw) : raw);
	if (!sourceText) return { ok: false, problem: { code: 'empty' } };
	if (sourceText.length > MAX_TEXT_CHARS) {
		return {
			ok: false,
			problem: { code: 'too-long', chars: sourceText.length, limit: MAX_TEXT_CHARS }
		};
	}
	const blocks = parseSource(sourceText);
	const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
	if (!paragraphs.some((p) => /\p{L}{2,}/u.test(p.text))) {
		return { ok: false, problem: { code: 'no-sentences' } };
	}
	if (!options.allowOtherLanguage && !looksPolish(paragraphs.map((p) => p.text).join(' '))) {
		return { ok: false, problem: { code: 'not-polish' } };
	}
	return { ok: true, value: { sourceText, blocks, fromHtml } };
}

/** Short function words frequent in Polish prose and rare in other languages' prose. */
const POLISH_MARKERS = new Set(
	'w z się nie na że jest do od po przez oraz dla jak czy są był była było były które który która także też ale tym jego jej ich ze we już tylko może lub gdy bo pod nad przy się jako jednak został została zostały oraz więc'.split(
		' '
	)
);

/**
 * Heuristic language check: Polish prose has several per cent of its letters with Polish
 * diacritics and many short function words. Texts shorter than 20 words are given the benefit
 * of the doubt.
 */
export function looksPolish(text: string): boolean {
	// A sample is enough to tell the language, and keeps a long paste fast.
	const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
	const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
	if (words.length < 20) return true;
	let markers = 0;
	for (const w of words) if (POLISH_MARKERS.has(w)) markers++;
	markers /= words.length;
	const letters = Math.max(1, sample.replace(/[^\p{L}]/gu, '').length);
	const polish = sample.replace(/[^ąćęłńśźżĄĆĘŁŃŚŹŻ]/g, '').length / letters;
	const foreign =
		sample.replace(/[^ěščřůýáéíúäöüßñçèàâêîôûœæøåãõĚŠČŘŮÝÁÉÍÚÄÖÜÑÇÈÀÂÊÎÔÛŒÆØÅÃÕ]/g, '').length /
		letters;
	if (foreign > polish) return false;
	return markers >= 0.1 || (polish >= 0.02 && markers >= 0.05);
}
