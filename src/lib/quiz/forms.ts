/**
 * Inflected forms in typed answers. Polish changes a word's ending with its grammatical case
 * ("Rosja" → "od Rosji", "Unia Gospodarcza" → "Unii Gospodarczej"). A typed answer that is
 * another form of an accepted answer is not a typo: the grader marks it wrong and shows the
 * right form, so a wrong case never passes silently. Inputs are normalised text (see
 * `normaliseText`: lower case, no diacritics, no punctuation).
 */

/**
 * Endings (without diacritics) that Polish nouns, adjectives and numerals take when they
 * change case or number. The empty ending is the bare stem ("Teheran" / "Teheranem").
 */
const ENDINGS = new Set([
	'',
	'a',
	'e',
	'i',
	'y',
	'o',
	'u',
	'em',
	'om',
	'ami',
	'ach',
	'ie',
	'ow',
	'owi',
	'owie',
	'ej',
	'ego',
	'emu',
	'ym',
	'im',
	'ich',
	'ymi',
	'imi',
	'mi',
	'ia',
	'ii',
	'iu',
	'iem',
	'ka',
	'ce',
	'ki',
	'ke',
	'ga',
	'dze',
	'ra',
	'rze',
	'ta',
	'cie',
	'da',
	'dzie',
	'wa',
	'wie',
	'na',
	'nie',
	'sa',
	'sie',
	'la',
	'le'
]);

/** Shortest shared beginning of two word forms, so "od" / "do" never count as one word. */
const MIN_STEM = 3;

function commonPrefix(a: string, b: string): number {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
}

/** True when `a` and `b` are two forms of one word: a shared stem and two case endings. */
export function isOtherFormOfWord(a: string, b: string): boolean {
	if (a === b) return false;
	// Step back so both tails are whole endings ("rosja"/"rosji": stem "rosj", not "ros").
	for (let stem = commonPrefix(a, b); stem >= MIN_STEM; stem--) {
		if (ENDINGS.has(a.slice(stem)) && ENDINGS.has(b.slice(stem))) return true;
	}
	return false;
}

/**
 * True when the normalised `typed` answer is another grammatical form of the normalised
 * `accepted` one: the same words, at least one of them with a different case ending
 * ("rosja" for "rosji", "unii gospodarcza" for "unii gospodarczej").
 */
export function isOtherForm(typed: string, accepted: string): boolean {
	const a = typed.split(' ').filter(Boolean);
	const b = accepted.split(' ').filter(Boolean);
	if (a.length === 0 || a.length !== b.length) return false;
	let changed = 0;
	for (let i = 0; i < a.length; i++) {
		const x = a[i] as string;
		const y = b[i] as string;
		if (x === y) continue;
		if (!isOtherFormOfWord(x, y)) return false;
		changed++;
	}
	return changed > 0;
}
