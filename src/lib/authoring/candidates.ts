/**
 * Finding what a sentence could be asked about: numbers with units, dates and years,
 * centuries and decades, proper names and acronyms, and definitions ("X to Y").
 */
import {
	MAGNITUDES,
	MONTHS_GENITIVE,
	NAME_CONNECTORS,
	STOPWORDS,
	nominativeFeminine,
	nominativeWord,
	pluralClass,
	romanValue,
	unitSymbol,
	type PluralClass
} from './polish';

export type CandidateKind =
	'quantity' | 'percent' | 'year' | 'date' | 'century' | 'decade' | 'name' | 'acronym';

/** Something a sentence could be asked about; offsets are within the sentence. */
export interface Candidate {
	kind: CandidateKind;
	/** The words that become the gap, exactly as in the sentence. */
	text: string;
	start: number;
	end: number;
	/** Accepted typed answers: the form in the text first, then other spellings and the nominative. */
	variants: string[];
	/** Numbers, years, centuries: the value (a year for `date` when given, else day of year). */
	value?: number;
	/** What a number counts, as written after the gap ("kilometrów", "tys. ton"). */
	unit?: string;
	/** The short unit of a quantity for a numeric field ("km"), when known. */
	unitSymbol?: string;
	/** Multiplier carried by a magnitude word after the gap ("tys." → 1000). */
	magnitude?: number;
	/** Plural class of a number followed by a noun: distractors must share it. */
	plural?: PluralClass;
	/** Names: the inflection key (last letters of the last word) so distractors agree. */
	ending?: string;
	/** Names: how many words the name has. */
	words?: number;
	/** Names: the likely category, from the words around it. */
	category?: 'person' | 'place' | 'other';
	/** Numbers: the text gives it as approximate ("około 965 r.", "prawie 30 km"). */
	approximate?: boolean;
	/** Names: the preposition right before it ("w", "na", "z"), which fixes its case. */
	prep?: string;
}

/** What the whole text tells about its words, for judging one sentence. */
export interface TextContext {
	/** Capitalised words standing inside a sentence somewhere in the text. */
	midCaps: ReadonlySet<string>;
	/** Every capitalised word form anywhere in the text. */
	allCaps: ReadonlySet<string>;
	/** Words used in lower case somewhere in the text. */
	lower: ReadonlySet<string>;
}

const WORD = /[\p{L}][\p{L}\p{N}'’]*(?:-[\p{L}\p{N}]+)*\.?|\d+(?:[ ,]\d+)*/gu;
const IS_CAP = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}]{2,6}$/u;
const NUM = String.raw`\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?`;

interface Token {
	text: string;
	start: number;
	end: number;
}

function tokens(sentence: string): Token[] {
	const out: Token[] = [];
	for (const m of sentence.matchAll(WORD)) {
		let text = m[0];
		// A trailing period belongs to the word only for initials and abbreviations.
		if (text.endsWith('.') && !/^(?:\p{Lu}|ds|im|św|tzw|np|m\.in|ul|al|prof|dr)\.$/u.test(text)) {
			text = text.slice(0, -1);
		}
		out.push({ text, start: m.index, end: m.index + text.length });
	}
	return out;
}

/** Builds the text-wide context from all sentences of the text. */
export function textContext(sentences: readonly string[]): TextContext {
	const midCaps = new Set<string>();
	const allCaps = new Set<string>();
	const lower = new Set<string>();
	for (const s of sentences) {
		const toks = tokens(s).filter((t) => /\p{L}/u.test(t.text));
		toks.forEach((t, i) => {
			if (IS_CAP.test(t.text)) {
				allCaps.add(t.text);
				for (const part of t.text.split('-')) allCaps.add(part);
				if (i > 0 && !/[„"«“(:]\s*$/u.test(s.slice(0, t.start))) midCaps.add(t.text);
			} else lower.add(t.text.toLowerCase());
		});
	}
	return { midCaps, allCaps, lower };
}

function parseNumber(text: string): number {
	return Number(text.replace(/ /g, '').replace(',', '.'));
}

/** True when `start..end` overlaps any taken span. */
function overlaps(taken: [number, number][], start: number, end: number): boolean {
	return taken.some(([s, e]) => start < e && end > s);
}

const MONTH_RE = MONTHS_GENITIVE.join('|');

/** Numbers, dates, years, centuries and decades of a sentence. */
function numberCandidates(sentence: string, taken: [number, number][]): Candidate[] {
	const out: Candidate[] = [];
	const add = (c: Candidate) => {
		if (overlaps(taken, c.start, c.end)) return;
		taken.push([c.start, c.end]);
		out.push(c);
	};
	// Dates: "24 lutego", "25 czerwca 2025 r." (the gap is the day and month).
	for (const m of sentence.matchAll(
		new RegExp(String.raw`(?<![\d.,])(\d{1,2}) (${MONTH_RE})(?![\p{L}])`, 'gu')
	)) {
		const day = Number(m[1]);
		const month = MONTHS_GENITIVE.indexOf(m[2] as (typeof MONTHS_GENITIVE)[number]);
		if (day < 1 || day > 31) continue;
		add({
			kind: 'date',
			text: m[0],
			start: m.index,
			end: m.index + m[0].length,
			variants: [m[0], `${day}.${String(month + 1).padStart(2, '0')}`],
			value: month * 31 + day
		});
	}
	// Centuries: "XX w.", "XIV wieku".
	for (const m of sentence.matchAll(/(?<![\p{L}])([IVXL]+) (?=w\.|wieku|wiek\b|stuleci)/gu)) {
		const value = romanValue(m[1] as string);
		if (value === null) continue;
		add({
			kind: 'century',
			text: m[1] as string,
			start: m.index,
			end: m.index + (m[1] as string).length,
			variants: [m[1] as string, String(value)],
			value
		});
	}
	// Decades: "lata 90.", "w latach 80."
	for (const m of sentence.matchAll(/(?<=(?<![\p{L}])(?:lata|latach|lat|latami) )([1-9]0)\./gu)) {
		add({
			kind: 'decade',
			text: m[0],
			start: m.index,
			end: m.index + 3,
			variants: [m[0], m[1] as string],
			value: Number(m[1])
		});
	}
	// Years: "w 2022 r.", "w 1410 roku", "od 1978 r."
	for (const m of sentence.matchAll(
		/(?<![\d.,])([1-9]\d{2,3})(?= (?:r\.|roku(?!\p{L})|rok(?!\p{L})))/gu
	)) {
		const year = m[1] as string;
		if (Number(year) > 2100) continue;
		add({
			kind: 'year',
			text: year,
			start: m.index,
			end: m.index + year.length,
			variants: [m[1] as string],
			value: Number(m[1])
		});
	}
	// Percentages: "12%", "12 proc.", "12 procent".
	for (const m of sentence.matchAll(
		new RegExp(String.raw`(?<![\d.,])(${NUM})(?= ?%| proc\.| procent)`, 'gu')
	)) {
		add({
			kind: 'percent',
			text: m[1] as string,
			start: m.index,
			end: m.index + (m[1] as string).length,
			variants: [m[1] as string],
			value: parseNumber(m[1] as string),
			unit: '%',
			unitSymbol: '%'
		});
	}
	// Quantities: a number, an optional magnitude and the noun it counts.
	const qty = new RegExp(
		String.raw`(?<![\d.,\p{L}])(${NUM})(?![\d.,]\d)( (?:tys\.|mln|mld|tysiące|tysięcy|tysiąc|miliony|milionów|miliona|milion|miliardy|miliardów|miliarda|miliard))?((?: [\p{Ll}]+){1,3})?`,
		'gu'
	);
	for (const m of sentence.matchAll(qty)) {
		const numText = m[1] as string;
		const start = m.index;
		if (overlaps(taken, start, start + numText.length)) continue;
		// A number inside a name ("Salut 6", "Falcon 9") or after "nr" is not a quantity.
		const before = sentence.slice(0, start);
		if (/(?:(?<=\s)\p{Lu}[\p{L}]*|nr|art\.|§) $/u.test(before)) continue;
		const magWord = (m[2] ?? '').trim();
		const rest = (m[3] ?? '').trim();
		const unitWords = unitPhrase(rest);
		if (!unitWords && !magWord) continue;
		if (!unitWords && magWord) {
			// "3,5 mln" alone counts too (the magnitude is the unit).
		}
		const value = parseNumber(numText);
		const unit = [magWord, unitWords].filter(Boolean).join(' ');
		const symbol = unitWords ? unitSymbol(unitWords) : null;
		add({
			kind: 'quantity',
			text: numText,
			start,
			end: start + numText.length,
			variants: [numText],
			value,
			unit,
			...(symbol ? { unitSymbol: symbol } : {}),
			...(magWord ? { magnitude: MAGNITUDES[magWord] ?? 1 } : {}),
			plural: magWord ? pluralClass(value) : pluralClass(value)
		});
	}
	for (const c of out) {
		if (
			/(?:około|ok\.|prawie|niemal|blisko|ponad|przeszło|mniej więcej|nieco|kilka|kilkanaście)(?: \p{L}+)? $/iu.test(
				sentence.slice(0, c.start)
			)
		) {
			c.approximate = true;
		}
	}
	return out;
}

/**
 * The noun phrase a number counts ("kilometrów", "kilometrów kwadratowych", "polskich
 * eksperymentów naukowych"), or '' when the words after the number are not one.
 */
function unitPhrase(rest: string): string {
	const words = rest.split(' ').filter(Boolean);
	if (!words.length) return '';
	const first = words[0] as string;
	if (STOPWORDS.has(first) || MONTHS_GENITIVE.includes(first as never)) return '';
	// Verbs in the past tense ("zginęło", "zostało") are not what a number counts.
	if (/(?:ło|li|ły|ła|ł)$/.test(first) && !/(?:ów|łów)$/.test(first)) return '';
	if (unitSymbol(first)) {
		const two = words.slice(0, 2).join(' ');
		return unitSymbol(two) && words.length > 1 && /kwadratow|sześcienn/.test(words[1] ?? '')
			? two
			: first;
	}
	// An adjective first ("polskich eksperymentów"): keep the adjective and the noun.
	const phrase: string[] = [];
	for (const w of words) {
		if (STOPWORDS.has(w)) break;
		phrase.push(w);
		if (!/(?:ych|ich|ymi|imi|e|ie|ej)$/.test(w)) break;
	}
	return phrase.join(' ');
}

/** Common first names, so a name opening a sentence ("Jan Kowalski napisał") is found whole. */
const FIRST_NAMES = new Set(
	'Adam Agnieszka Aleksander Andrzej Anna Barbara Bartosz Bogdan Bolesław Czesław Donald Emmanuel Ewa Fryderyk Henryk Ignacy Jadwiga Jakub Jan Janusz Jarosław Jerzy Joanna Józef Juliusz Kazimierz Karol Katarzyna Krzysztof Lech Magdalena Maria Marek Marie Michał Mieszko Mikołaj Mirosław Paweł Piotr Roman Stanisław Stefan Tadeusz Tomasz Władysław Wojciech Zbigniew Zofia Zygmunt'.split(
		' '
	)
);

/** Words that mark the next name as a person ("prezydent Tokajew", "astronautka NASA"). */
const PERSON_CUES =
	/^(?:prezydent\p{L}*|prezes\p{L}*|premier\p{L}*|minist\p{L}*|król\p{L}*|królow\p{L}*|książ\p{L}*|księ\p{L}*|cesarz\p{L}*|bisku\p{L}*|arcybisku\p{L}*|papież\p{L}*|kupc\p{L}*|kupiec|kronikarz\p{L}*|syn\p{L}*|córk\p{L}*|brat\p{L}*|żon\p{L}*|mąż|męż\p{L}*|astronaut\p{L}*|rybak\p{L}*|pisarz\p{L}*|poet\p{L}*|generał\p{L}*|profesor\p{L}*|prof\.|dr|św\.|święt\p{L}*|szef\p{L}*|kanclerz\p{L}*|dowódc\p{L}*|władc\p{L}*|księżniczk\p{L}*)$/u;
const PLACE_CUES = /^(?:w|we|do|z|ze|na|pod|nad|przez|koło|u|od)$/;
const PREPOSITIONS =
	/^(?:w|we|do|z|ze|na|pod|nad|przez|koło|u|od|po|przy|o|za|dla|bez|ku|między|przed|wśród|według|obok|spod|znad)$/;

/** A capitalised word the text also uses in lower case, in this or another form ("Kapsuła"). */
function isCommonWord(word: string, ctx: TextContext): boolean {
	const lower = word.toLowerCase();
	if (ctx.lower.has(lower)) return true;
	const stem = lower.slice(0, Math.max(4, lower.length - 2));
	for (const w of ctx.lower) if (w.startsWith(stem)) return true;
	return false;
}

/** Proper names and acronyms of a sentence. */
function nameCandidates(
	sentence: string,
	ctx: TextContext,
	taken: [number, number][]
): Candidate[] {
	const toks = tokens(sentence);
	const out: Candidate[] = [];
	const firstWordIndex = toks.findIndex((t) => /\p{L}/u.test(t.text));
	const isNameStart = (i: number): boolean => {
		const t = toks[i] as Token;
		if (!IS_CAP.test(t.text) || ALL_CAPS.test(t.text)) return false;
		if (/^\p{Lu}\.$/u.test(t.text)) return false;
		const initial =
			i === firstWordIndex || /[.!?:]\s*[„"«“]?\s*$/u.test(sentence.slice(0, t.start));
		if (!initial) return true;
		const word = t.text;
		const lower = word.toLowerCase();
		if (STOPWORDS.has(lower)) return false;
		if (ctx.midCaps.has(word)) return true;
		if (word.includes('-') && word.split('-').every((p) => IS_CAP.test(p))) return true;
		return FIRST_NAMES.has(word) && IS_CAP.test(toks[i + 1]?.text ?? '');
	};
	let i = 0;
	while (i < toks.length) {
		const t = toks[i] as Token;
		// Acronyms: "OBWE", "ISS" (an inflection after a hyphen stays outside: "ONZ-u").
		const acr = /^([\p{Lu}]{2,6})(?:-\p{Ll}+)?$/u.exec(t.text);
		if (acr && !/^[IVXLC]+$/.test(acr[1] as string)) {
			const text = acr[1] as string;
			if (!overlaps(taken, t.start, t.start + text.length)) {
				taken.push([t.start, t.start + text.length]);
				out.push({
					kind: 'acronym',
					text,
					start: t.start,
					end: t.start + text.length,
					variants: [text],
					ending: 'acronym',
					words: 1,
					category: 'other'
				});
			}
			i++;
			continue;
		}
		if (!isNameStart(i)) {
			i++;
			continue;
		}
		let j = i;
		const spaced = (a: Token, b: Token) => sentence.slice(a.end, b.start) === ' ';
		for (;;) {
			const cur = toks[j] as Token;
			const next = toks[j + 1];
			if (!next || !spaced(cur, next)) break;
			if (IS_CAP.test(next.text) && !ALL_CAPS.test(next.text)) {
				j++;
				continue;
			}
			// A Roman numeral after a name ("Bolesław I Okrutny", "Otton III").
			if (/^[IVX]+$/.test(next.text)) {
				j++;
				continue;
			}
			const after = toks[j + 2];
			if (
				NAME_CONNECTORS.has(next.text) &&
				after &&
				spaced(next, after) &&
				IS_CAP.test(after.text)
			) {
				j += 2;
				continue;
			}
			// A number belonging to a name ("Salut 6", "Sojuz 30", "Falcon 9").
			if (
				/^\d{1,4}$/.test(next.text) &&
				!/^ (?:r\.|roku)/u.test(sentence.slice(next.end)) &&
				!unitPhrase(sentence.slice(next.end).split(/[,.;:]/)[0] ?? '')
			) {
				j++;
				continue;
			}
			break;
		}
		const first = toks[i] as Token;
		const last = toks[j] as Token;
		const start = first.start;
		const end = last.end;
		const text = sentence.slice(start, end);
		const startIndex = i;
		i = j + 1;
		if (overlaps(taken, start, end)) continue;
		// "Sławosz Uznański-Wiśniewski" at the start of a sentence: the first word is unknown,
		// so a gap for the rest would leave half a name in the sentence.
		const before = toks[startIndex - 1];
		if (
			before &&
			j === startIndex &&
			startIndex - 1 === firstWordIndex &&
			!PERSON_CUES.test(before.text.toLowerCase()) &&
			IS_CAP.test(before.text) &&
			spaced(before, first) &&
			!STOPWORDS.has(before.text.toLowerCase()) &&
			!isCommonWord(before.text, ctx)
		) {
			continue;
		}
		if (text.length < 3) continue;
		taken.push([start, end]);
		const words = text.split(' ');
		const lastWord = words[words.length - 1] as string;
		const prev = toks[toks.indexOf(first) - 1];
		const prevWord = prev && spaced(prev, first) ? prev.text.toLowerCase() : '';
		const category = PERSON_CUES.test(prevWord)
			? 'person'
			: PLACE_CUES.test(prevWord) && words.length === 1
				? 'place'
				: 'other';
		out.push({
			kind: 'name',
			text,
			start,
			end,
			variants: nameVariants(words, ctx),
			ending: /\d$/.test(lastWord) ? 'number' : lastWord.slice(-2).toLowerCase(),
			words: words.length,
			category,
			prep: PREPOSITIONS.test(prevWord) ? prevWord : ''
		});
	}
	return out;
}

/** The text form of a name, then its nominative when it can be derived. */
function nameVariants(words: string[], ctx: TextContext): string[] {
	const text = words.join(' ');
	const variants = [text];
	const fem = words.length > 1 ? nominativeFeminine(words) : null;
	if (fem) variants.push(fem.join(' '));
	else if (words.length <= 3 && words.every((w) => !NAME_CONNECTORS.has(w))) {
		const nom = words.map((w) =>
			w
				.split('-')
				.map((part) => nominativeWord(part, ctx.allCaps) ?? part)
				.join('-')
		);
		variants.push(nom.join(' '));
	}
	return [...new Set(variants)];
}

/** Everything a sentence could be asked about, in the order it appears. */
export function findCandidates(sentence: string, ctx: TextContext): Candidate[] {
	const taken: [number, number][] = [];
	const found = [...numberCandidates(sentence, taken), ...nameCandidates(sentence, ctx, taken)];
	return found.sort((a, b) => a.start - b.start);
}

/** A term and its definition found in one sentence. */
export interface Definition {
	/** The term, in the nominative (it stands as the subject of the sentence). */
	term: string;
	/** The definition as written, without the final period. */
	definition: string;
	/** Which pattern found it. */
	pattern: 'to' | 'czyli' | 'dash' | 'jest to';
}

const TERM = String.raw`(\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,3}?)`;

/**
 * Definitions: "X to Y", "X jest to Y", "X – Y" (a sentence opening with a term and a dash)
 * and "…X, czyli Y". The term must be short (at most four words) and the definition a phrase
 * of three or more words; the definition ends at the first comma that follows a complete
 * phrase, or at the sentence end.
 */
export function findDefinition(sentence: string): Definition | null {
	const body = sentence.replace(/[.!?…]+$/u, '');
	const tryTerm = (term: string) =>
		!/\d/.test(term) &&
		!term
			.split(' ')
			.some(
				(w) =>
					w === 'się' ||
					STOPWORDS.has(w) ||
					(/^\p{Ll}/u.test(w) && /(?:ł|ło|ła|li|ły|ać|ić|eć)$/u.test(w))
			) &&
		!STOPWORDS.has(term.split(' ')[0]!.toLowerCase()) &&
		!/^(?:Ten|Ta|Te|Tam|Tu|On|Ona|Oni|One|Jest|Był|Była|Było|Dziś|Dzisiaj|Teraz|Wtedy|Jego|Jej|Ich)$/u.test(
			term.split(' ')[0]!
		);
	const trimDefinition = (d: string) => {
		const cut = d.split(/, (?:a |ale |choć |jednak |gdyż |ponieważ |lecz )/u)[0] as string;
		return cut.trim();
	};
	let m = new RegExp(
		String.raw`^${TERM} (?:jest to|to) (?!także|też|również|jednak|właśnie|nie |przede|tylko|już|chyba)(.+)$`,
		'u'
	).exec(body);
	if (m && tryTerm(m[1] as string) && !/ (?:to|jest) /u.test(m[1] as string)) {
		const definition = trimDefinition(m[2] as string);
		if (definition.split(' ').length >= 2)
			return {
				term: m[1] as string,
				definition,
				pattern: body.includes(' jest to ') ? 'jest to' : 'to'
			};
	}
	m = new RegExp(String.raw`^${TERM} [–—-] (.+)$`, 'u').exec(body);
	if (m && tryTerm(m[1] as string)) {
		const definition = trimDefinition(m[2] as string);
		if (definition.split(' ').length >= 2)
			return { term: m[1] as string, definition, pattern: 'dash' };
	}
	return null;
}

/**
 * "X, czyli Y": the term is the noun phrase right before the comma (one to three words
 * after a preposition or the sentence start), the definition runs to the next comma or the end.
 */
export function findCzyli(sentence: string): { term: string; definition: string } | null {
	const m = /(?:^|\s)((?:tzw\. )?[\p{L}-]+(?: [\p{L}–-]+){0,2}), czyli (.+?)(?:, |[.!…]?$)/u.exec(
		sentence
	);
	if (!m) return null;
	const captured = m[1] as string;
	const words = captured.replace(/^.*tzw\. /u, '').split(' ');
	// The term is the noun right before the comma, with the adjective after it when there is
	// one ("zjazd gnieźnieński"); after "tzw." everything that follows it.
	const adjective = /(?:ski|cki|ny|wy|na|ne|owy|owa|owe|ński|ńska)$/u;
	const last = words[words.length - 1] as string;
	const before = words[words.length - 2];
	let term = captured.includes('tzw. ')
		? words.join(' ')
		: before && adjective.test(last) && !STOPWORDS.has(before)
			? `${before} ${last}`
			: last;
	if (STOPWORDS.has(term.toLowerCase())) term = '';
	const definition = (m[2] as string).trim();
	if (!term || definition.split(' ').length < 2) return null;
	return { term, definition };
}
