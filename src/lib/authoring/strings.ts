/** Every UI string of authoring a bank from a text (Polish, glossary words). */
import { formatNumber } from '$lib/format';
import { plural } from '$lib/strings';
import type { IntakeProblem } from './intake';
import { authoringLinks } from './links';
import type { ProposalRule } from './types';

export const authoringStrings = {
	addBank: 'Dodaj zestaw',
	pasteText: authoringLinks.pasteText,
	openFile: 'Otwórz plik',
	saveBank: 'Zapisz zestaw',
	accept: 'Zatwierdź',
	edit: 'Edytuj',
	reject: 'Odrzuć',
	addQuestion: 'Dodaj pytanie',
	addCard: 'Dodaj fiszkę',
	acceptAllOfRule: (rule: ProposalRule) => `Zatwierdź wszystkie: ${ruleLabel[rule]}`,
	working: 'Przygotowuję propozycje pytań i fiszek…',
	proposalsCount: (n: number) =>
		`${formatNumber(n)} ${plural(n, 'propozycja', 'propozycje', 'propozycji')}`,
	/** The message for a text that cannot be used, with what to do about it. */
	problem(problem: IntakeProblem): string {
		switch (problem.code) {
			case 'empty':
				return 'Tekst jest pusty. Wklej tekst lekcji albo notatek.';
			case 'no-sentences':
				return 'W tekście nie ma zdań, z których można ułożyć pytania. Wklej tekst złożony ze zdań.';
			case 'too-long':
				return `Tekst jest za długi: ${formatNumber(problem.chars)} znaków, a najwięcej można ${formatNumber(problem.limit)}. Podziel go na części i zrób z każdej osobny zestaw.`;
			case 'not-polish':
				return 'Ten tekst nie wygląda na polski. Propozycje pytań powstają tylko z tekstów po polsku.';
		}
	},
	otherLanguageAnyway: 'To jest tekst po polsku — kontynuuj',
	fromHtml: 'Wklejono stronę internetową: zostawiono sam tekst, bez formatowania.',
	reviewTitle: 'Propozycje do przejrzenia',
	reviewCounts: (accepted: number, rejected: number, pending: number) =>
		`Zatwierdzone: ${formatNumber(accepted)}, odrzucone: ${formatNumber(rejected)}, do przejrzenia: ${formatNumber(pending)}`,
	acceptAllHeading: 'Zatwierdź wszystkie tego rodzaju',
	answer: 'Odpowiedź',
	accepted: 'zatwierdzone',
	rejected: 'odrzucone',
	nothingAccepted: 'Zatwierdź co najmniej jedno pytanie albo fiszkę, zanim zapiszesz zestaw.',
	bankProblems: 'Zestawu nie można zapisać:',
	paragraphWithout: 'Brak propozycji dla tego akapitu.',
	noProposals:
		'Z tego tekstu nie udało się ułożyć propozycji. Możesz dodać pytania i fiszki samodzielnie.'
};

/** The page "Wklej tekst" (`/add/text`). */
export const textPageStrings = {
	title: authoringLinks.pasteText,
	description:
		'Nowy zestaw z tekstu: wklej tekst lekcji albo notatek, przejrzyj propozycje pytań i fiszek i zapisz zestaw — bez internetu.',
	intro:
		'Wklej tekst lekcji albo notatek po polsku. Kartkówka zaproponuje pytania i fiszki, każde z cytatem z tekstu; przejrzysz je, zanim cokolwiek zapiszemy. Wszystko dzieje się na tym urządzeniu, także offline.',
	bankTitle: 'Tytuł zestawu',
	text: 'Tekst',
	textHint: (max: string) =>
		`Akapity oddziel pustym wierszem. Nagłówek rozdziału: wiersz zaczynający się od # (np. „# Klimat”) — pytania z rozdziału dostaną jego temat. Podpis zdjęcia: wiersz zaczynający się od >. Najwyżej ${max} znaków.`,
	openFile: 'Otwórz plik .txt lub .md',
	fileHint: 'Tekst z pliku trafi do pola „Tekst”; możesz go jeszcze poprawić.',
	propose: 'Przygotuj propozycje',
	proposeAgain: 'Przygotuj propozycje od nowa',
	noTitle: 'Podaj tytuł zestawu.',
	fileTooBig: 'Plik jest za duży na tekst lekcji. Otwórz plik tekstowy (.txt albo .md).',
	fileNotText: 'Ten plik nie jest plikiem tekstowym (UTF-8). Otwórz plik .txt albo .md.',
	fileRead: (name: string) => `Wczytano plik ${name}.`,
	failed: 'Nie udało się przygotować propozycji. Spróbuj jeszcze raz.',
	ready: (n: string) => `Gotowe: ${n}. Przejrzyj je poniżej.`,
	saveFailed:
		'Nie udało się zapisać zestawu w pamięci urządzenia. Nic nie zostało zmienione — spróbuj jeszcze raz albo zwolnij miejsce.',
	saving: 'Zapisuję…',
	saved: (title: string) => `Zapisano zestaw „${title}”.`,
	openBank: 'Otwórz zestaw',
	learnCards: 'Ucz się fiszek',
	startQuiz: 'Rozpocznij quiz',
	editLink: authoringLinks.editBank,
	leaveReview: 'Propozycje nie są jeszcze zapisane. Wyjść bez zapisywania zestawu?'
};

/** The page "Edytuj zestaw" (`/<bank>/edit`). */
export const editPageStrings = {
	title: (bank: string) => `Edytuj zestaw: ${bank}`,
	description: 'Zmień, usuń albo dodaj pytania i fiszki zestawu zapisanego na tym urządzeniu.',
	builtIn:
		'Zestawów wbudowanych w aplikację nie można edytować. Możesz je wyeksportować, zmienić plik i dodać jako własny zestaw.',
	intro:
		'Zmiany zapisujesz przyciskiem „Zapisz zestaw”. Postępy zostają dla pytań i fiszek, które nadal są w zestawie.',
	questions: 'Pytania',
	cards: 'Fiszki',
	remove: 'Usuń',
	removed: (what: string) => `Usunięto: ${what}`,
	unsaved: 'Masz niezapisane zmiany.',
	leaveUnsaved: 'Masz niezapisane zmiany w zestawie. Wyjść bez zapisywania?',
	noChanges: 'Brak zmian do zapisania.',
	empty: 'Zestaw musi mieć co najmniej jedno pytanie albo fiszkę.',
	saved: 'Zapisano zmiany w zestawie.',
	saveFailed:
		'Nie udało się zapisać zestawu w pamięci urządzenia. Nic nie zostało zmienione — spróbuj jeszcze raz albo zwolnij miejsce.',
	backToBank: 'Wróć do zestawu',
	none: 'Brak.'
};

/** What each rule makes, for headings and "accept all of this kind". */
export const ruleLabel: Record<ProposalRule, string> = {
	cloze: 'luki w zdaniach',
	numeric: 'pytania o liczby',
	single: 'pytania jednokrotnego wyboru',
	'true-false': 'prawda czy fałsz',
	order: 'kolejność wydarzeń',
	match: 'dopasowanie pojęć',
	'short-definition': 'pytania o pojęcia',
	'card-cloze': 'fiszki z luką',
	'card-definition': 'fiszki z definicjami',
	'card-acronym': 'fiszki ze skrótami',
	manual: 'dodane ręcznie'
};

/** The item editor: writing a question or flashcard by hand, and editing one. */
export const editorStrings = {
	newQuestion: 'Nowe pytanie',
	newCard: 'Nowa fiszka',
	editQuestion: 'Edycja pytania',
	editCard: 'Edycja fiszki',
	type: 'Rodzaj pytania',
	prompt: 'Polecenie',
	promptTrueFalse: 'Stwierdzenie do oceny',
	explanation: 'Wyjaśnienie',
	explanationHint:
		'Dlaczego to dobra odpowiedź, 1–3 zdania. Puste: wyjaśnieniem będzie cytat z tekstu.',
	defaultExplanation: (quote: string) => `W tekście: „${quote}”`,
	topic: 'Temat',
	difficulty: 'Trudność',
	difficultyLabel: { 1: 'łatwe', 2: 'średnie', 3: 'trudne' } as Record<1 | 2 | 3, string>,
	options: 'Odpowiedzi do wyboru',
	optionText: (n: number) => `Odpowiedź ${n}`,
	optionCorrect: (n: number) => `Odpowiedź ${n} jest dobra`,
	addOption: 'Dodaj odpowiedź',
	removeOption: (n: number) => `Usuń odpowiedź ${n}`,
	truth: 'Stwierdzenie jest',
	true: 'Prawda',
	false: 'Fałsz',
	answers: 'Przyjmowane odpowiedzi',
	answersHint: 'Każda w osobnym wierszu; pierwsza jest pokazywana jako poprawna.',
	number: 'Odpowiedź (liczba)',
	tolerance: 'Dopuszczalna różnica',
	unit: 'Jednostka',
	written: 'Jak liczbę zapisano w tekście',
	writtenHint:
		'Np. „80 tys. ton” — każdy zapis w osobnym wierszu, dosłownie z cytatu. Można zostawić puste.',
	pairs: 'Pary do dopasowania',
	pairLeft: (n: number) => `Pojęcie ${n}`,
	pairRight: (n: number) => `Dopasowanie ${n}`,
	addPair: 'Dodaj parę',
	removePair: (n: number) => `Usuń parę ${n}`,
	items: 'Elementy we właściwej kolejności',
	itemsHint: 'Każdy w osobnym wierszu, od pierwszego do ostatniego.',
	clozeText: 'Zdanie z lukami',
	clozeHint: 'Luki oznacz {1}, {2}, … w kolejności.',
	gaps: 'Odpowiedzi do luk',
	gapsHint: 'Jeden wiersz na lukę; kilka przyjmowanych odpowiedzi oddziel średnikiem.',
	front: 'Przód fiszki',
	back: 'Tył fiszki',
	cardKind: 'Rodzaj fiszki',
	cardKindLabel: { basic: 'pytanie i odpowiedź', cloze: 'zdanie z luką ___' } as Record<
		'basic' | 'cloze',
		string
	>,
	evidence: 'Cytat z tekstu',
	evidenceHint:
		'Każde pytanie i fiszka opiera się na cytacie z tekstu. Zaznacz fragment akapitu i naciśnij „Dodaj zaznaczony fragment” albo wybierz zdanie z listy.',
	paragraph: 'Akapit',
	addSelection: 'Dodaj zaznaczony fragment',
	sentence: 'Zdanie z akapitu',
	addSentence: 'Dodaj zdanie',
	removeQuote: (n: number) => `Usuń cytat ${n}`,
	noQuotes: 'Brak cytatu.',
	selectionOutside: 'Zaznacz fragment w tekście akapitu powyżej.',
	quoteAdded: 'Dodano cytat.',
	submitEdit: 'Zatwierdź zmiany',
	submitNew: 'Dodaj do zestawu',
	cancel: 'Anuluj',
	fixProblems: 'Popraw pola oznaczone poniżej.',
	problem: {
		noEvidence: 'Dodaj co najmniej jeden cytat z tekstu.',
		noTopic: 'Wybierz temat.',
		notNumber: 'Wpisz liczbę, np. 7598 albo 3,5.',
		notInText: (quote: string) => `Tego cytatu nie ma dosłownie w tekście: „${quote}”.`,
		singleOneCorrect: 'Zaznacz dokładnie jedną dobrą odpowiedź.',
		multipleTwoCorrect:
			'Zaznacz co najmniej dwie dobre odpowiedzi (albo wybierz jednokrotny wybór).',
		optionsUnique: 'Odpowiedzi nie mogą się powtarzać.',
		optionsTwo: 'Wpisz co najmniej dwie odpowiedzi do wyboru.',
		pairsThree: 'Wpisz co najmniej trzy pary.',
		pairsUnique: 'Pojęcia i dopasowania nie mogą się powtarzać.',
		itemsThree: 'Wpisz co najmniej trzy elementy.',
		itemsUnique: 'Elementy nie mogą się powtarzać.',
		toleranceNegative: 'Dopuszczalna różnica nie może być ujemna.',
		writtenNotQuoted: (w: string) => `Zapisu „${w}” nie ma w cytacie.`,
		gapsNone: 'Wpisz odpowiedź do każdej luki.',
		gapAnswer: 'Każda luka musi mieć odpowiedź.',
		clozeMarks: 'Zdanie musi mieć luki {1}, {2}, … — tyle, ile wierszy z odpowiedziami, każdą raz.',
		cardGap: 'Przód fiszki z luką musi zawierać lukę ___.',
		answersNone: 'Wpisz co najmniej jedną przyjmowaną odpowiedź.',
		empty: 'To pole nie może być puste.',
		idTaken: 'Element o tym identyfikatorze już jest w zestawie.',
		other: 'Tego elementu nie można zapisać — sprawdź pola.'
	}
};
