/**
 * Small text helpers shared by the formats: plain text out of HTML (never markup), slugs and
 * unique ids, the evidence lines inside feedback, line endings and the size limit.
 */
import type { Topic } from '$lib/bank/types';
import { slugify as bankSlug } from '../bank/slug';

/** Largest file the importers read, in bytes of UTF-8 (a whole Moodle course is far smaller). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Removes a byte-order mark and turns Windows and old Mac line endings into `\n`. */
export function normaliseNewlines(text: string): string {
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Size of a string in bytes of UTF-8, without allocating it. */
export function utf8Length(text: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) n += 1;
		else if (c < 0x800) n += 2;
		else if (c >= 0xd800 && c <= 0xdbff) {
			n += 4;
			i++;
		} else n += 3;
	}
	return n;
}

/** Collapses runs of white space to one space and trims. */
export function collapseSpace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	laquo: '«',
	raquo: '»',
	bdquo: '„',
	ldquo: '“',
	rdquo: '”',
	lsquo: '‘',
	rsquo: '’',
	sbquo: '‚',
	shy: '',
	copy: '©',
	reg: '®',
	deg: '°',
	middot: '·',
	bull: '•',
	times: '×',
	divide: '÷',
	minus: '−',
	plusmn: '±',
	sup2: '²',
	sup3: '³',
	frac12: '½',
	euro: '€',
	sect: '§',
	para: '¶',
	oacute: 'ó',
	Oacute: 'Ó',
	eacute: 'é',
	uuml: 'ü',
	ouml: 'ö',
	auml: 'ä',
	szlig: 'ß'
};

/** Decodes HTML character references; unknown names stay as they are. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code =
				ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
			if (
				!Number.isFinite(code) ||
				code <= 0 ||
				code > 0x10ffff ||
				(code >= 0xd800 && code <= 0xdfff)
			)
				return '\uFFFD';
			return String.fromCodePoint(code);
		}
		return NAMED_ENTITIES[ref] ?? whole;
	});
}

/** What `htmlToText` found that it left out, so an import can say so. */
export interface HtmlLeftovers {
	/** File names of pictures and other embedded media, e.g. `mapa.png`. */
	media: string[];
}

const BLOCK_END = /^(?:p|div|li|tr|h[1-6]|blockquote|pre|table|ul|ol|dl|dt|dd|section|article)$/i;

/**
 * Reduces HTML to plain text: scripts, styles and comments go with their content, `<br>` and
 * block ends become line breaks, every other tag goes, character references are decoded. The
 * result is text to be shown as text — it is never meant to be rendered as markup.
 * Pictures and other media are dropped; their file names are collected in `leftovers`.
 */
export function htmlToText(html: string, leftovers?: HtmlLeftovers): string {
	let s = html.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
	s = s.replace(
		/<(script|style|noscript|template|iframe|object|svg|math)\b[\s\S]*?(?:<\/\1\s*>|$)/gi,
		''
	);
	s = s.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
	s = s.replace(
		/<\/?([a-z][a-z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi,
		(_tag, name: string, attrs: string) => {
			const lower = name.toLowerCase();
			if (lower === 'br') return '\n';
			if (
				lower === 'img' ||
				lower === 'video' ||
				lower === 'audio' ||
				lower === 'source' ||
				lower === 'embed'
			) {
				const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
				const url = src?.[1] ?? src?.[2] ?? src?.[3];
				if (url && leftovers) leftovers.media.push(mediaName(url));
				return ' ';
			}
			if (BLOCK_END.test(lower)) return '\n';
			return '';
		}
	);
	// A lone `<` of broken markup (e.g. `<b` at the end) is text; only complete tags were removed.
	s = decodeEntities(s);
	return s
		.split('\n')
		.map((line) => collapseSpace(line))
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

function mediaName(url: string): string {
	const clean = url.replace(/^@@PLUGINFILE@@\//, '').split(/[?#]/)[0] ?? url;
	let name = clean.split('/').pop() || clean;
	try {
		name = decodeURIComponent(name);
	} catch {
		// keep it encoded
	}
	return name.startsWith('data:') ? 'obraz osadzony w tekście' : name;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** Plain text as HTML: escaped, line breaks as `<br>`. `htmlToText` reverses it. */
export function textToHtml(text: string): string {
	return escapeHtml(text).replace(/\n/g, '<br>');
}

/** A slug of the bank format (`[a-z0-9-]`), with Polish letters folded; may be empty. */
export function slugify(text: string, maxLength = 48): string {
	return bankSlug(text, maxLength, '');
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Hands out ids that are slugs and unique within one bank. */
export class IdMaker {
	#used = new Set<string>();
	#count = 0;
	constructor(readonly prefix: string) {}

	/**
	 * An id from a wanted one (kept when it is already a free slug), else from a title slug,
	 * else `<prefix>-<n>`.
	 */
	next(wanted?: string, title?: string): string {
		this.#count++;
		const candidates = [wanted, title ? slugify(title) : undefined];
		for (const c of candidates) {
			if (c && SLUG.test(c) && !this.#used.has(c)) return this.#take(c);
		}
		const base =
			(wanted && slugify(wanted)) || (title && slugify(title)) || `${this.prefix}-${this.#count}`;
		let id = base;
		for (let n = 2; this.#used.has(id); n++) id = `${base}-${n}`;
		return this.#take(id);
	}

	#take(id: string): string {
		this.#used.add(id);
		return id;
	}
}

/** Label and id of the topic given to items that come without a category. */
export const DEFAULT_TOPIC: Topic = { id: 'ogolne', label: 'Ogólne' };

/** Collects topics by label, in the order met, with unique slug ids. */
export class TopicList {
	#byLabel = new Map<string, Topic>();
	#ids = new IdMaker('temat');

	/** The topic id of a label (created when new); `wantedId` is kept when it is a free slug. */
	idOf(label: string, wantedId?: string): string {
		const clean = collapseSpace(label) || DEFAULT_TOPIC.label;
		const key = clean.toLowerCase();
		const known = this.#byLabel.get(key);
		if (known) return known.id;
		const id =
			clean === DEFAULT_TOPIC.label && !wantedId
				? this.#ids.next(DEFAULT_TOPIC.id)
				: this.#ids.next(wantedId, clean);
		const topic = { id, label: clean };
		this.#byLabel.set(key, topic);
		return id;
	}

	get topics(): Topic[] {
		return [...this.#byLabel.values()];
	}
}

/** Evidence as a list of quotes. */
export function evidenceList(evidence: string | string[] | undefined): string[] {
	if (evidence === undefined) return [];
	return (Array.isArray(evidence) ? evidence : [evidence]).map(collapseSpace).filter(Boolean);
}

/** Starts a line of feedback that holds one evidence quote. */
export const EVIDENCE_PREFIX = 'Cytat z tekstu: ';

/**
 * The feedback an exporter writes: the explanation, then one line per evidence quote
 * (`Cytat z tekstu: …`), so a teacher in Moodle sees where the answer stands.
 */
export function feedbackOf(
	explanation: string | undefined,
	evidence: string | string[] | undefined
): string {
	const lines = evidenceList(evidence).map((q) => EVIDENCE_PREFIX + q);
	const text = (explanation ?? '').trim();
	return [text, lines.join('\n')].filter(Boolean).join('\n\n');
}

/** Splits feedback written by `feedbackOf` (or by a person) back into explanation and evidence. */
export function splitFeedback(feedback: string): { explanation?: string; evidence?: string[] } {
	const lines = feedback.trim().split('\n');
	const evidence: string[] = [];
	while (lines.length && lines[lines.length - 1]!.startsWith(EVIDENCE_PREFIX)) {
		evidence.unshift(collapseSpace(lines.pop()!.slice(EVIDENCE_PREFIX.length)));
	}
	const explanation = lines.join('\n').trim();
	return {
		...(explanation ? { explanation } : {}),
		...(evidence.filter(Boolean).length ? { evidence: evidence.filter(Boolean) } : {})
	};
}

/** The start of a prompt for messages: `„Stolica Kazachstanu…”`. */
export function excerpt(text: string, length = 40): string {
	const flat = collapseSpace(text);
	return `„${flat.length > length ? flat.slice(0, length - 1).trimEnd() + '…' : flat}”`;
}

/** Parses a number written with a dot or a Polish decimal comma; NaN when it is not one. */
export function parseNumber(text: string): number {
	const t = text.trim().replace(/\s+/g, '').replace(',', '.');
	if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(t)) return NaN;
	return Number(t);
}
