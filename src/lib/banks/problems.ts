/**
 * The validator's problems in Polish, for "Dodaj zestaw". The build prints the rules as the
 * validator words them (file: id: rule); a teacher in the browser reads each one in Polish,
 * with the item it belongs to. Unknown wordings pass through unchanged.
 */
import type { BankProblem } from '../bank/validate';

/** One problem as shown to a teacher. */
export interface ShownProblem {
	/** "Zestaw" or "q-granica" — where to look. */
	where: string;
	/** What rule is broken, in Polish. */
	rule: string;
}

type Rewrite = [RegExp, (...groups: string[]) => string];

const field = (name: string) => (name ? `pole ${name}: ` : '');

const rewrites: Rewrite[] = [
	[/^YAML error: ([\s\S]*)$/, (m) => `plik nie jest poprawnym plikiem YAML ani JSON (${m})`],
	[
		/^not a bank file: .*$/,
		() => 'to nie jest plik zestawu Kartkówki: brak pola „kartkowka: 1” na początku pliku'
	],
	[/^field kartkowka must be a format number.*$/, () => 'pole kartkowka musi być liczbą 1'],
	[
		/^format (\d+) is newer than this app reads \((\d+)\)$/,
		(n, max) =>
			`plik ma format ${n}, a ta wersja aplikacji czyta najwyżej format ${max} — zaktualizuj aplikację`
	],
	[
		/^field text .* is missing or empty$/,
		() =>
			'brak tekstu: pole text, z tekstem, na którym opierają się pytania, jest puste albo go nie ma'
	],
	[
		/^field source does not belong.*$/,
		() => 'pole source nie należy do pliku zestawu: cały tekst wpisz w pole text'
	],
	[
		/^field text does not belong in a bank with source: none$/,
		() => 'pole text nie należy do zestawu bez tekstu (source: none): usuń jedno albo drugie'
	],
	[
		/^evidence is missing: .*$/,
		() =>
			'brak cytatu (evidence): w zestawie z tekstem każde pytanie i fiszka cytuje tekst, na którym się opiera'
	],
	[
		/^explanation is missing: .*$/,
		() => 'brak wyjaśnienia (explanation): w zestawie z tekstem każde pytanie wyjaśnia odpowiedź'
	],
	[/^id is not unique.*$/, () => 'ten identyfikator powtarza się w zestawie'],
	[/^topic "(.*)" is not defined in topics$/, (t) => `temat „${t}” nie jest opisany w topics`],
	[/^evidence "([\s\S]*)" not found in .*$/, (q) => `cytatu „${q}” nie ma dosłownie w tekście`],
	[
		/^single must have exactly one correct option \(ma (\d+)\)$/,
		(n) => `pytanie jednokrotnego wyboru musi mieć dokładnie jedną poprawną odpowiedź (ma ${n})`
	],
	[
		/^multiple must have at least two correct options \(ma (\d+)\)$/,
		(n) => `pytanie wielokrotnego wyboru musi mieć co najmniej dwie poprawne odpowiedzi (ma ${n})`
	],
	[/^options must be unique$/, () => 'odpowiedzi do wyboru nie mogą się powtarzać'],
	[
		/^match needs at least 3 pairs \(ma (\d+)\)$/,
		(n) => `dopasowanie musi mieć co najmniej 3 pary (ma ${n})`
	],
	[
		/^match pairs must be unique on both sides$/,
		() => 'elementy par w dopasowaniu nie mogą się powtarzać po żadnej stronie'
	],
	[
		/^order needs at least 3 items \(ma (\d+)\)$/,
		(n) => `pytanie o kolejność musi mieć co najmniej 3 elementy (ma ${n})`
	],
	[/^order items must be unique$/, () => 'elementy do ułożenia nie mogą się powtarzać'],
	[/^numeric tolerance must be >= 0$/, () => 'tolerancja (tolerance) nie może być ujemna'],
	[/^cloze needs at least 1 gap$/, () => 'tekst z lukami musi mieć co najmniej jedną lukę'],
	[
		/^cloze text must hold gaps (.*), each once \(ma: (.*)\)$/,
		(gaps, found) => `tekst z lukami musi zawierać luki ${gaps}, każdą raz (ma: ${found})`
	],
	[
		/^cloze card front must contain a gap "___"$/,
		() => 'przód fiszki z luką musi zawierać lukę „___”'
	],
	[
		/^(?:(.+): )?Invalid type: Expected (.+) but received undefined$/,
		(name) => (name ? `brak pola ${name}` : 'brak wartości')
	],
	[
		/^(?:(.+): )?Invalid type: Expected (.+) but received (.+)$/,
		(name, expected, received) => `${field(name)}oczekiwano ${expected}, jest ${received}`
	],
	[
		/^(?:(.+): )?Invalid key: Expected never but received (.+)$/,
		(name, key) => `nieznane pole ${key}${name ? ` (w ${name})` : ''}`
	],
	[/^(.+): (.+)$/, (name, message) => `pole ${name}: ${message}`]
];

/** The rule in Polish. */
export function polishRule(rule: string): string {
	for (const [pattern, to] of rewrites) {
		const m = pattern.exec(rule);
		if (m) return to(...m.slice(1).map((g) => g ?? ''));
	}
	return rule;
}

/** A problem as shown on "Dodaj zestaw". */
export function showProblem(p: BankProblem): ShownProblem {
	return { where: p.id === 'bank' ? 'Zestaw' : p.id, rule: polishRule(p.rule) };
}
