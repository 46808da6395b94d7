/**
 * Text and number normalisation for fair grading of typed answers.
 */
import { parseNumberWords } from './numerals';

const FOLD: Record<string, string> = {
	ą: 'a',
	ć: 'c',
	ę: 'e',
	ł: 'l',
	ń: 'n',
	ó: 'o',
	ś: 's',
	ź: 'z',
	ż: 'z'
};

/** Replaces the lower-case Polish letters with diacritics by their plain forms ("łódź" → "lodz"). */
export function foldPolish(text: string): string {
	return text.replace(/[ąćęłńóśźż]/g, (c) => FOLD[c] ?? c);
}

/**
 * Lower case, Polish (and other) diacritics folded ("Łódź" → "lodz"), punctuation removed,
 * runs of spaces collapsed. Hyphens and slashes count as spaces.
 */
export function normaliseText(text: string): string {
	return foldPolish(text.toLowerCase())
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[-‐‑‒–—/]/g, ' ')
		.replace(/[^\p{L}\p{N}\s]/gu, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Damerau–Levenshtein distance (optimal string alignment: insert, delete, substitute, swap). */
export function damerauLevenshtein(a: string, b: string): number {
	const m = a.length;
	const n = b.length;
	if (m === 0) return n;
	if (n === 0) return m;
	const w = n + 1;
	const d = new Array<number>((m + 1) * w).fill(0);
	const at = (i: number, j: number) => d[i * w + j] as number;
	for (let i = 0; i <= m; i++) d[i * w] = i;
	for (let j = 0; j <= n; j++) d[j] = j;
	for (let i = 1; i <= m; i++) {
		for (let j = 1; j <= n; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				v = Math.min(v, at(i - 2, j - 2) + 1);
			}
			d[i * w + j] = v;
		}
	}
	return at(m, n);
}

/**
 * Typos allowed for an answer of this (normalised) length: none for 1–3 letters, one up to
 * 7 letters, two above.
 */
export function allowedTypos(normalisedAnswer: string): number {
	const letters = normalisedAnswer.replace(/\s/g, '').length;
	if (letters <= 3) return 0;
	if (letters <= 7) return 1;
	return 2;
}

const MULTIPLIERS: [RegExp, number][] = [
	[/^(?:tys|tysiąc|tysiące|tysięcy|tysiecy|tysiace|tysiac|k)$/, 1e3],
	[/^(?:mln|milion|miliony|milionów|milionow)$/, 1e6],
	[/^(?:mld|miliard|miliardy|miliardów|miliardow)$/, 1e9]
];

/**
 * Parses a number as Poles write it: "7598", "7 598" (also with non-breaking or thin
 * spaces), "7598 km", "7,5", "7.5", "-3", "80 tys.", "6 mln", "1,5 mln", "2 mld",
 * "80.000", "1.234.567", and number words ("sześć milionów", "dziewięciu", "ośmiokrotny").
 * A trailing unit word is ignored. Returns null when there is no number.
 */
export function parsePolishNumber(input: string): number | null {
	const s = input
		.toLowerCase()
		.replace(/[\u00a0\u2007\u202f\u2009\u2002-\u2006]/g, ' ')
		.replace(/[−–]/g, '-')
		.trim();
	// Groups of three after a space or a dot are thousands ("7 598", "80.000", "6.000.000");
	// a dot or comma before anything else is the decimal separator ("7,5", "7.5").
	const m =
		/^([+-]?)\s*(\d{1,3}(?: \d{3})+(?![\d])|[1-9]\d{0,2}(?:\.\d{3})+(?![\d.,])|\d*)(?:[.,](\d+))?/.exec(
			s
		);
	if (!m) return null;
	const sign = m[1] ?? '';
	const intPart = (m[2] ?? '').replace(/[ .]/g, '');
	const fracPart = m[3] ?? '';
	if (!intPart && !fracPart) return sign ? null : parseNumberWords(s);
	let value = Number(`${intPart || '0'}.${fracPart || '0'}`);
	if (!Number.isFinite(value)) return null;
	const rest = s.slice(m[0].length).trim();
	const word = /^(\p{L}+)/u.exec(rest)?.[1] ?? '';
	value *= multiplierOf(word);
	return sign === '-' ? -value : value;
}

function multiplierOf(word: string): number {
	for (const [re, mult] of MULTIPLIERS) if (re.test(word)) return mult;
	return 1;
}

/**
 * A number written the Polish way: decimal comma, thousands grouped with spaces from five
 * digits on ("7598", "80 000", "7,5", "1 500 000"). Same output in every browser.
 */
export function formatPolishNumber(value: number): string {
	const sign = value < 0 ? '-' : '';
	const [int = '0', frac] = String(Math.round(Math.abs(value) * 1e6) / 1e6).split('.');
	const grouped = int.length > 4 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ') : int;
	return sign + grouped + (frac ? `,${frac}` : '');
}

/**
 * The multiplier carried by a unit's first word: "mln ton" → 1 000 000, "tys." → 1000,
 * "km" → 1.
 */
export function unitMultiplier(unit: string | undefined): number {
	return multiplierOf(/^\s*(\p{L}+)/u.exec((unit ?? '').toLowerCase())?.[1] ?? '');
}
