/**
 * Small pieces of Polish grammar the proposal rules need: number–noun agreement classes,
 * month names, units, Roman numerals, and the nominative of proper names.
 *
 * No stemmer or lemmatiser from npm is used: the maintained JavaScript stemmers (Snowball
 * ports, lunr-languages, Orama) have no Polish, and a stemmer returns stems ("Moskw"), not
 * words a learner would type. The nominative of a name is derived by reversing the common
 * case endings and keeping a form only when the text itself uses it, or when the ending rule
 * is unambiguous.
 */

/** Genitive month names, as they stand in dates ("24 lutego"), in calendar order. */
export const MONTHS_GENITIVE = [
	'stycznia',
	'lutego',
	'marca',
	'kwietnia',
	'maja',
	'czerwca',
	'lipca',
	'sierpnia',
	'września',
	'października',
	'listopada',
	'grudnia'
] as const;

/**
 * Polish plural class of a number, which decides the form of the noun after it:
 * `one` (1: "1 kilometr"), `few` (2–4, 22–24, …: "3 kilometry"), `many` (the rest, and
 * fractions are `fraction`: "3,5 kilometra").
 */
export type PluralClass = 'one' | 'few' | 'many' | 'fraction';

export function pluralClass(value: number): PluralClass {
	if (!Number.isInteger(value)) return 'fraction';
	if (value === 1) return 'one';
	const last = value % 10;
	const lastTwo = value % 100;
	if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return 'few';
	return 'many';
}

/** Value of a Roman numeral ("XIV" → 14), or null. */
export function romanValue(roman: string): number | null {
	if (!/^[IVXLC]+$/.test(roman)) return null;
	const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
	let total = 0;
	for (let i = 0; i < roman.length; i++) {
		const cur = v[roman[i] as string] as number;
		const next = v[roman[i + 1] as string] ?? 0;
		total += cur < next ? -cur : cur;
	}
	return total > 0 && total < 40 ? total : null;
}

/** Unit words (by their start) and the short unit shown next to a numeric field. */
const UNITS: [RegExp, string][] = [
	[/^kilometr(?:ów|y|a|u|ach|ami)? kwadratow(?:ych|e|y)$/, 'km²'],
	[/^km2|km²$/, 'km²'],
	[/^kilometr(?:ów|y|a|u|ach|ami)?$|^km$/, 'km'],
	[/^metr(?:ów|y|a|u|ach|ami)?$|^m$/, 'm'],
	[/^centymetr(?:ów|y|a)?$|^cm$/, 'cm'],
	[/^milimetr(?:ów|y|a)?$|^mm$/, 'mm'],
	[/^kilogram(?:ów|y|a)?$|^kg$/, 'kg'],
	[/^gram(?:ów|y|a)?$|^g$/, 'g'],
	[/^ton(?:y|a|ę)?$/, 'ton'],
	[/^litr(?:ów|y|a)?$|^l$/, 'l'],
	[/^hektar(?:ów|y|a)?$|^ha$/, 'ha'],
	[/^stopni(?:e|a)?$|^°c?$/, '°'],
	[/^godzin(?:y|a|ę|ach|ami)?$|^godz\.$/, 'godz.'],
	[/^minut(?:y|a|ę|ach|ami)?$|^min\.?$/, 'min'],
	[/^sekund(?:y|a|ę|ach|ami)?$|^s$/, 's'],
	[/^dni(?:a|ach|ami)?$|^dzień$/, 'dni'],
	[/^tygodni(?:e|a)?$|^tydzień$/, 'tyg.'],
	[/^miesi(?:ęcy|ące|ąc)$/, 'mies.'],
	[/^lat(?:a)?$|^rok$/, 'lat'],
	[/^os(?:ób|oby|oba)$/, 'osób'],
	[/^ludzi$/, 'osób'],
	[/^euro$/, 'euro'],
	[/^zł(?:otych|ote|oty)?$/, 'zł'],
	[/^dolar(?:ów|y|a)?$/, 'USD']
];

/** The short unit for a unit word as written ("kilometrów" → "km"), or null if unknown. */
export function unitSymbol(words: string): string | null {
	const w = words.toLowerCase();
	for (const [re, unit] of UNITS) if (re.test(w)) return unit;
	return null;
}

/** Magnitude words after a number ("80 tys. ton") and their multipliers. */
export const MAGNITUDES: Record<string, number> = {
	'tys.': 1e3,
	tysiąc: 1e3,
	tysiące: 1e3,
	tysięcy: 1e3,
	mln: 1e6,
	milion: 1e6,
	miliony: 1e6,
	milionów: 1e6,
	miliona: 1e6,
	mld: 1e9,
	miliard: 1e9,
	miliardy: 1e9,
	miliardów: 1e9,
	miliarda: 1e9
};

/** Common Polish words that are never the head of a name, lower case. */
export const STOPWORDS = new Set(
	`a aby ale albo ani aż bez bo by być był była było były będzie chociaż choć co czy czyli dla do dopiero gdy gdyż i ich im ja jak jako jakie je jego jej jest jeszcze jednak już każdy kiedy która które który kto ku lecz lub ma mają mi mimo na nad nam nas nie nią nich nim niż no o od on ona one oni oraz po pod ponieważ poza przed przez przy są się sobie także tak tam te tego tej ten też to tu tych tym u w we wiele więc właśnie wraz z za zaś ze że około ok`.split(
		/\s+/
	)
);

/**
 * Connectors allowed inside a multi-word proper name ("Organizacja Układu o Bezpieczeństwie").
 * Not "pod" or "nad": "pokonali Krzyżaków pod Grunwaldem" names two things.
 */
export const NAME_CONNECTORS = new Set([
	'o',
	'ibn',
	'bin',
	'de',
	'von',
	'van',
	'der',
	'da',
	'di',
	'du',
	'la',
	'ds.'
]);

/**
 * Ending rules from an inflected form back to the nominative, most specific first. Each maps
 * a final ending to the nominative ending; the result is used when the text attests it or
 * when the rule is marked safe.
 */
const NOMINATIVE_RULES: { from: string; to: string; safe: boolean }[] = [
	{ from: 'owi', to: '', safe: true },
	{ from: 'iem', to: '', safe: false },
	{ from: 'em', to: '', safe: true },
	{ from: 'ą', to: 'a', safe: true },
	{ from: 'ę', to: 'a', safe: true },
	{ from: 'cji', to: 'cja', safe: true },
	{ from: 'ii', to: 'ia', safe: true },
	{ from: 'ji', to: 'ja', safe: false },
	{ from: 'ie', to: 'a', safe: false },
	{ from: 'y', to: 'a', safe: false },
	{ from: 'i', to: 'a', safe: false },
	{ from: 'u', to: '', safe: false },
	{ from: 'a', to: '', safe: false },
	{ from: 'ego', to: 'y', safe: false },
	{ from: 'iego', to: 'i', safe: false }
];

/**
 * The nominative of one capitalised word, if it differs from the word and can be derived:
 * a form the text uses (in `attested`) wins; otherwise only unambiguous endings are reversed
 * ("Putinowi" → "Putin", "Moskwą" → "Moskwa"). Returns null when unsure.
 */
export function nominativeWord(word: string, attested: ReadonlySet<string>): string | null {
	const found: string[] = [];
	for (const rule of NOMINATIVE_RULES) {
		if (!word.endsWith(rule.from) || word.length - rule.from.length < 3) continue;
		const base = word.slice(0, word.length - rule.from.length) + rule.to;
		if (base === word) continue;
		if (attested.has(base)) return base;
		if (rule.safe) found.push(base);
	}
	// "-em" after a vowel is not the instrumental ending ("Jerusalem" aside, "Harem").
	const safe = found.find((b) => !/[aeiouyąęó]$/i.test(b) || !word.endsWith('em'));
	return safe ?? null;
}

/**
 * The nominative of a multi-word name in a feminine case, where adjectives and the head noun
 * agree ("Polską Agencją Kosmiczną" → "Polska Agencja Kosmiczna", "Europejskiej Organizacji
 * Badań Jądrowych" → "Europejska Organizacja Badań Jądrowych"). Only the leading run of
 * agreeing words changes; a genitive complement after it stays. Null when no feminine case
 * is recognised.
 */
export function nominativeFeminine(words: readonly string[]): string[] | null {
	const cases: { adj: RegExp; noun: RegExp; nounTo: (w: string) => string }[] = [
		// accusative: "Międzynarodową Stację Kosmiczną"
		{ adj: /(?:ow|n|sk|ck|icz|ln|rn|cz|ist)ą$/, noun: /ę$/, nounTo: (w) => w.slice(0, -1) + 'a' },
		// instrumental: "Polską Agencją Kosmiczną"
		{ adj: /(?:ow|n|sk|ck|icz|ln|rn|cz|ist)ą$/, noun: /ą$/, nounTo: (w) => w.slice(0, -1) + 'a' },
		// genitive, dative, locative: "Europejskiej Organizacji", "Unii Europejskiej"
		{
			adj: /(?:ow|n|sk|ck|icz|ln|rn|cz|ist)iej$|(?:ow|n|ln|rn|cz|ist)ej$/,
			noun: /(?:cji|ii|ji|[^aeiouy]y)$/,
			nounTo: (w) =>
				w.endsWith('cji') || w.endsWith('ji')
					? w.slice(0, -1) + 'a'
					: w.endsWith('ii')
						? w.slice(0, -1) + 'a'
						: w.slice(0, -1) + 'a'
		}
	];
	for (const c of cases) {
		const out: string[] = [];
		let head = false;
		let adjectives = 0;
		let i = 0;
		for (; i < words.length; i++) {
			const w = words[i] as string;
			if (c.adj.test(w)) {
				adjectives++;
				out.push(w.replace(/iej$|ej$|ą$/, (e) => (e === 'ą' ? 'a' : e === 'iej' ? 'a' : 'a')));
			} else if (!head && c.noun.test(w)) {
				out.push(c.nounTo(w));
				head = true;
			} else break;
		}
		if (!head || !adjectives) continue;
		// Adjectives ending in "-iej" drop the "i" only after a soft consonant ("Europejskiej" →
		// "Europejska"): "-skiej"/"-ckiej" keep "sk"/"ck".
		const fixed = out.map((w, k) => {
			const orig = words[k] as string;
			if (orig.endsWith('iej')) return orig.slice(0, -3) + 'a';
			return w;
		});
		return [...fixed, ...words.slice(i)];
	}
	return null;
}
