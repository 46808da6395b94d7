/**
 * Splitting a paragraph into sentences the Polish way. Every sentence is an exact slice of
 * the paragraph, so it can be quoted verbatim as evidence.
 */

/** A sentence of a paragraph: its exact text and where it stands in the paragraph. */
export interface Sentence {
	text: string;
	/** Offset of the first character in the paragraph text. */
	start: number;
	/** Offset just past the last character. */
	end: number;
}

/** Abbreviations after which a period never ends a sentence (lower case, without the last period). */
const NEVER_FINAL = new Set([
	'm.in',
	'tzw',
	'np',
	'prof',
	'dr',
	'im',
	'ul',
	'al',
	'pl',
	'godz',
	'św',
	'tj',
	'tzn',
	'ok',
	'ks',
	'gen',
	'płk',
	'mjr',
	'kpt',
	'por',
	'zob',
	'nr',
	'str',
	's',
	'wyd',
	'red',
	'ang',
	'łac',
	'niem',
	'franc',
	'ros',
	'gr',
	'mgr',
	'inż',
	'hab',
	'doc',
	'bp',
	'abp',
	'kard',
	'woj',
	'pow',
	'gm',
	'pt',
	'wsp',
	'przyp',
	'ds',
	'jw',
	'wg',
	'ww',
	'gł',
	'pn',
	'płd',
	'wsch',
	'zach',
	'pkt',
	'art',
	'ust',
	'dot',
	'nt',
	'tel',
	'tys',
	'mln',
	'mld',
	'mies',
	'tyg',
	'kl',
	'ur',
	'zm',
	'ppłk',
	'śp'
]);

/**
 * Abbreviations that may end a sentence as well ("w 1945 r." at the end, "itd."): the period
 * ends the sentence only when the next word is one that typically opens a sentence, so
 * "w 1918 r. Polska odzyskała…" stays one sentence.
 */
const MAYBE_FINAL = new Set([
	'r',
	'w',
	'itd',
	'itp',
	'cdn',
	'n.e',
	'p.n.e',
	'proc',
	'min',
	'sek',
	'jr',
	'sen'
]);

/** Words (lower case) that often open a Polish sentence and are never proper names. */
const SENTENCE_OPENERS = new Set(
	`a aby ale albo bo by był była było były będzie chociaż choć co czy dlatego do dopiero dzięki dziś dzisiaj gdy gdyż i ich inne innym jak jako jakie jednak jego jej jest już kiedy która które który kto lecz mimo na nad natomiast nie niektóre nim o obecnie od on ona one oni oraz po pod podczas pomimo ponadto ponieważ potem poza później przed przez przy również są się skąd stąd ta tak także tam te teraz też to tu tutaj ten tego tej tych tym w we według wówczas właśnie wraz wreszcie wszystko wtedy z za zaś zatem ze zresztą został została zostało zostały około prawie niemal następnie wcześniej najpierw kolejny kolejne kolejna jeden jedna jedno dwa trzy wiele większość część nikt nic każdy każda każde wszyscy wszystkie wielu mało dużo coraz tylko nawet warto trzeba można należy jeśli jeżeli gdyby skoro zanim odkąd dopóki aż ani niestety oczywiście oprócz obok wśród między pomiędzy u ku bez spośród sam sama samo taki taka takie tamten tamta moim naszym ich`.split(
		/\s+/
	)
);

const OPENING = /[„"«»“‘'([–—-]/u;
const UPPER = /\p{Lu}/u;
const CLOSERS = /[”"»«’')\]]/u;

/** The word (with inner periods, e.g. "m.in") that ends at `end` (exclusive) in `text`. */
function wordBefore(text: string, end: number): string {
	let i = end;
	while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1] as string)) i--;
	return text.slice(i, end);
}

function nextWord(text: string, from: number): string {
	const m = /^[„"«»“‘'([]*([\p{L}\p{N}]+)/u.exec(text.slice(from));
	return m?.[1] ?? '';
}

/** True when the period at `dot` (the last of the terminator) ends the sentence. */
function periodEnds(
	text: string,
	dot: number,
	next: number,
	commonWords: ReadonlySet<string>
): boolean {
	const word = wordBefore(text, dot);
	const lower = word.toLowerCase();
	const following = nextWord(text, next);
	const nextChar = text[next] as string;
	if (NEVER_FINAL.has(lower)) return false;
	// A decade ("w latach 30. XI w.") or an ordinal before a Roman numeral century.
	if (/^\d+$/.test(word)) {
		if (/(?:^|\s)(?:lata|latach|lat|latami|latom)\s+\d+$/u.test(text.slice(0, dot))) {
			return SENTENCE_OPENERS.has(following.toLowerCase()) && !/^[IVXL]+$/.test(following);
		}
		if (/^[IVXL]+$/.test(following) && /^[IVXL]+ (?:w\.|wieku)/.test(text.slice(next)))
			return false;
	}
	// An initial ("J. Piłsudski") or a chain of initials ("J.R.R. Tolkien").
	if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return false;
	if (MAYBE_FINAL.has(lower)) {
		if (/\d/.test(nextChar)) return false;
		const lowerNext = following.toLowerCase();
		return SENTENCE_OPENERS.has(lowerNext) || commonWords.has(lowerNext) || OPENING.test(nextChar);
	}
	return true;
}

/**
 * Splits a paragraph (whitespace already collapsed) into sentences. A sentence ends at
 * `.`, `!`, `?` or `…` (with closing quotes or brackets after it) when a space follows and
 * the next sentence starts with a capital letter, a digit, an opening quote or a dash.
 * Abbreviations, initials and ordinals do not end a sentence.
 * @param commonWords words seen in lower case elsewhere in the text: after "r." or "w." such a
 *   word opens a new sentence, while a capitalised name ("w 1918 r. Polska") does not
 */
export function splitSentences(
	paragraph: string,
	commonWords: ReadonlySet<string> = new Set()
): Sentence[] {
	const out: Sentence[] = [];
	const text = paragraph;
	let start = 0;
	const push = (end: number) => {
		let s = start;
		while (s < end && text[s] === ' ') s++;
		let e = end;
		while (e > s && text[e - 1] === ' ') e--;
		if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
		start = end;
	};
	const re = /[.!?…]+/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) {
		let end = m.index + m[0].length;
		while (end < text.length && CLOSERS.test(text[end] as string)) end++;
		if (end >= text.length) break;
		if (text[end] !== ' ') continue;
		const next = end + 1;
		const nextChar = text[next];
		if (nextChar === undefined) break;
		const startsSentence =
			UPPER.test(nextChar) ||
			/\d/.test(nextChar) ||
			(OPENING.test(nextChar) && /^[„"«»“‘'([]+\p{Lu}|^[–—-] \p{Lu}/u.test(text.slice(next)));
		if (!startsSentence) continue;
		const last = m[0][m[0].length - 1];
		if (
			last === '.' &&
			m[0] !== '...' &&
			!periodEnds(text, m.index + m[0].length - 1, next, commonWords)
		) {
			continue;
		}
		push(end);
	}
	push(text.length);
	return out;
}

/** Words that appear in lower case in `text` (lower-cased), for `splitSentences`. */
export function lowerCaseWords(text: string): Set<string> {
	return new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}]*/gu) ?? []);
}
