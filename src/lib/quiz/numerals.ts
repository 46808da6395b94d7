/**
 * Polish number words, so a typed answer may be written the way a text writes it:
 * "sześć milionów", "dziewięciu", "ośmiokrotny". Input is compared without case and diacritics.
 */

/** Lower case without diacritics ("Sześć" → "szesc"); ł has no decomposition, so it is mapped. */
function fold(text: string): string {
	return text.toLowerCase().replace(/ł/g, 'l').normalize('NFD').replace(/\p{M}/gu, '');
}

/** Every form of a number word (folded: no diacritics) → its value. */
const WORDS: Record<string, number> = {};
function add(value: number, ...forms: string[]) {
	for (const f of forms) WORDS[fold(f)] = value;
}
add(0, 'zero');
add(1, 'jeden', 'jedna', 'jedno', 'jednego', 'jednej', 'jednemu', 'jednym', 'jedną');
add(2, 'dwa', 'dwie', 'dwóch', 'dwu', 'dwoma', 'dwiema', 'dwom');
add(3, 'trzy', 'trzech', 'trzem', 'trzema');
add(4, 'cztery', 'czterech', 'czterem', 'czterema');
add(5, 'pięć', 'pięciu', 'pięcioma');
add(6, 'sześć', 'sześciu', 'sześcioma');
add(7, 'siedem', 'siedmiu', 'siedmioma');
add(8, 'osiem', 'ośmiu', 'ośmioma');
add(9, 'dziewięć', 'dziewięciu', 'dziewięcioma');
add(10, 'dziesięć', 'dziesięciu', 'dziesięcioma');
const TEENS = [
	'jedena',
	'dwuna',
	'trzyna',
	'czterna',
	'piętna',
	'szesna',
	'siedemna',
	'osiemna',
	'dziewiętna'
];
TEENS.forEach((stem, i) => add(11 + i, `${stem}ście`, `${stem}stu`, `${stem}stoma`));
add(20, 'dwadzieścia', 'dwudziestu', 'dwudziestoma');
add(30, 'trzydzieści', 'trzydziestu', 'trzydziestoma');
add(40, 'czterdzieści', 'czterdziestu', 'czterdziestoma');
for (const [value, stem, gen] of [
	[50, 'pięć', 'pięć'],
	[60, 'sześć', 'sześć'],
	[70, 'siedem', 'siedem'],
	[80, 'osiem', 'osiem'],
	[90, 'dziewięć', 'dziewięć']
] as const) {
	add(value, `${stem}dziesiąt`, `${gen}dziesięciu`, `${gen}dziesięcioma`);
}
add(100, 'sto', 'stu');
add(200, 'dwieście', 'dwustu');
add(300, 'trzysta', 'trzystu');
add(400, 'czterysta', 'czterystu');
add(500, 'pięćset', 'pięciuset');
add(600, 'sześćset', 'sześciuset');
add(700, 'siedemset', 'siedmiuset');
add(800, 'osiemset', 'ośmiuset');
add(900, 'dziewięćset', 'dziewięciuset');

const MULTIPLIER_WORDS: [RegExp, number][] = [
	[/^(?:tys|tysiac|tysiace|tysiecy|tysiacem|tysiacach|tysiacami)$/, 1e3],
	[/^(?:mln|milion|miliony|milionow|milionem|milionach|milionami)$/, 1e6],
	[/^(?:mld|miliard|miliardy|miliardow|miliardem|miliardach|miliardami)$/, 1e9]
];

/** "ośmiokrotny", "dwukrotnie", "trzykrotnego" → 8, 2, 3. */
const FOLD_PREFIXES: Record<string, number> = {
	jedno: 1,
	dwu: 2,
	trzy: 3,
	cztero: 4,
	piecio: 5,
	szescio: 6,
	siedmio: 7,
	osmio: 8,
	dziewiecio: 9,
	dziesiecio: 10,
	stu: 100,
	tysiac: 1000
};

function multiplierWord(word: string): number | null {
	for (const [re, mult] of MULTIPLIER_WORDS) if (re.test(word)) return mult;
	return null;
}

function foldWord(word: string): string {
	return fold(word).replace(/[^a-z]/g, '');
}

/**
 * The value of the number words at the start of `text` ("sześciu milionów ton" → 6 000 000,
 * "osiem razy" → 8, "ośmiokrotny wzrost" → 8); later words are ignored like a unit. Null when
 * the text does not start with a number word.
 */
export function parseNumberWords(text: string): number | null {
	const words = text.split(/\s+/).map(foldWord).filter(Boolean);
	let total = 0;
	let current = 0;
	let seen = false;
	for (const word of words) {
		const value = WORDS[word];
		if (value !== undefined) {
			current += value;
			seen = true;
			continue;
		}
		const mult = multiplierWord(word);
		if (mult !== null && seen) {
			total += (current || 1) * mult;
			current = 0;
			continue;
		}
		const fold = /^([a-z]+?)krotn[a-z]*$/.exec(word);
		const times = fold ? FOLD_PREFIXES[fold[1] as string] : undefined;
		if (!seen && times !== undefined) return times;
		break;
	}
	return seen ? total + current : null;
}
