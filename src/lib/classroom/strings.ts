/** UI strings of the classroom feature ("Quiz dla klasy"), Polish. */
import { formatNumber } from '../format';
import { plural } from '../strings';
import type { FlagKind } from './report';

/** Why a result was not counted, in a word (the notice after "Dodaj kody" lists these). */
export const flagLabels = {
	unreadable: 'nieczytelny',
	otherQuiz: 'inny quiz',
	wrongQuestions: 'inne pytania',
	duplicate: 'duplikat',
	sameName: 'ten sam uczeń'
} as const satisfies Record<FlagKind, string>;

export const classroomText = {
	// Decoding links and codes
	broken: 'Link jest uszkodzony lub niepełny',
	brokenResult: 'Kod wyniku jest uszkodzony lub niepełny',
	tooLong: 'Dane są za długie — to nie jest link ani kod z Kartkówki',
	newerVersion: 'Ten quiz wymaga nowszej wersji aplikacji',
	newerResultVersion: 'Ten wynik pochodzi z nowszej wersji aplikacji',
	notALink: 'To jest kod wyniku, a nie link do quizu',
	notAResult: 'To jest link do quizu, a nie kod wyniku',
	noLink: 'W adresie nie ma quizu. Poproś nauczyciela o link albo kod QR.',
	missingBank: (id: string) => `Nie ma zestawu ${id} — zaktualizuj aplikację`,
	missingQuestion: (id: string) => `W zestawie nie ma pytania ${id}`,
	missingLocalBank:
		'Ten quiz korzysta z zestawu nauczyciela, którego nie ma na tym urządzeniu. Poproś nauczyciela o plik zestawu, otwórz go w „Dodaj zestaw”, a potem otwórz ten link jeszcze raz.',
	/** Link from the student's error to "Dodaj zestaw" (glossary). */
	addBank: 'Dodaj zestaw',
	/** A question carried by the link breaks a rule of banks (`where`: its id or "Zestaw"). */
	badCarried: (where: string, rule: string) =>
		where === 'Zestaw'
			? `Link jest uszkodzony: ${rule}`
			: `Link jest uszkodzony — pytanie ${where}: ${rule}`,
	badFile: 'Plik nie jest plikiem wyniku z Kartkówki',

	// Teacher set-up
	setupIntro:
		'Wybierz pytania i ustawienia, a potem udostępnij uczniom link albo kod QR. Quiz działa bez serwera: cała konfiguracja jest w linku.',
	bank: 'Zestaw',
	topics: 'Tematy',
	types: 'Rodzaje pytań',
	count: 'Liczba pytań',
	available: (n: number) => `Dostępne: ${n} ${plural(n, 'pytanie', 'pytania', 'pytań')}`,
	mode: 'Tryb',
	modePractice: 'Nauka — odpowiedź widać po każdym pytaniu',
	modeExam: 'Egzamin — odpowiedzi dopiero po zakończeniu',
	timeLimit: 'Limit czasu egzaminu (minuty, 0 = bez limitu)',
	shuffle: 'Każdy uczeń dostaje pytania w innej kolejności',
	title: 'Tytuł quizu',
	defaultTitle: 'Kartkówka',
	create: 'Utwórz quiz',
	noQuestions: 'Żadne pytanie nie pasuje do wybranych tematów i rodzajów.',
	created: 'Quiz gotowy. Udostępnij uczniom link albo pokaż kod QR.',
	carried:
		'Link zawiera pytania quizu, więc uczniowie nie potrzebują Twojego zestawu na swoich telefonach.',
	/** The questions of a quiz from the teacher's own bank do not fit in a QR code. */
	tooBigHeading: 'Pytania nie mieszczą się w kodzie QR',
	tooBig: (chars: number, limit: number, fit: number) =>
		`Link z pytaniami miałby ${formatNumber(chars)} znaków, a kod QR czytelny z końca sali mieści ${formatNumber(limit)}. ` +
		(fit > 0
			? `Zmieści się najwyżej ${fit} ${plural(fit, 'pytanie', 'pytania', 'pytań')} — zmniejsz liczbę pytań albo wyślij uczniom plik zestawu.`
			: 'Nie zmieści się nawet jedno pytanie — wyślij uczniom plik zestawu.'),
	/** When a quiz from the teacher's own bank names its questions by id. */
	needsFileHeading: 'Uczniowie potrzebują pliku zestawu',
	needsFileSteps: [
		'Kliknij „Eksportuj zestaw” i wyślij plik uczniom (e-mailem, komunikatorem albo na pendrivie).',
		'Uczeń otwiera plik w „Dodaj zestaw” i zapisuje zestaw.',
		'Potem otwiera link albo skanuje kod QR — quiz działa także offline.'
	],
	shareHeading: 'Link dla uczniów',
	linkLabel: 'Link do quizu',
	copy: 'Kopiuj link',
	copied: 'Skopiowano link.',
	copyFailed: 'Nie udało się skopiować — zaznacz link i skopiuj go ręcznie.',
	share: 'Udostępnij',
	qrLabel: (title: string) => `Kod QR z linkiem do quizu „${title}”`,
	present: 'Tryb prezentacji',
	printSheet: 'Drukuj kartę pracy',
	printKey: 'Drukuj klucz odpowiedzi',
	results: 'Wyniki klasy',
	saved: 'Quiz zapisano na tym urządzeniu.',
	saveFailed: 'Nie udało się zapisać quizu na tym urządzeniu — link nadal działa.',
	storedHeading: 'Twoje quizy dla klasy',
	noStored: 'Nie utworzono jeszcze żadnego quizu.',
	questionsCount: (n: number) => `${n} ${plural(n, 'pytanie', 'pytania', 'pytań')}`,
	minutes: (n: number) => (n === 0 ? 'bez limitu czasu' : `${n} min`),

	// Student
	errorTitle: 'Nie można otworzyć quizu',
	errorHint: 'Poproś nauczyciela o nowy link albo zeskanuj kod QR jeszcze raz.',
	nameLabel: 'Imię lub pseudonim',
	nameHint: 'Tak zobaczy Cię nauczyciel w wynikach.',
	nameRequired: 'Wpisz imię lub pseudonim.',
	start: 'Rozpocznij quiz',
	examNote: 'Egzamin: poprawne odpowiedzi zobaczysz dopiero po zakończeniu.',
	practiceNote: 'Nauka: po każdym pytaniu zobaczysz, czy odpowiedź jest dobra.',
	send: 'Wyślij wynik nauczycielowi',
	sendIntro:
		'Pobierz plik z wynikiem albo skopiuj kod i wyślij go nauczycielowi (np. przez e-dziennik lub komunikator).',
	download: 'Pobierz plik z wynikiem',
	resultCode: 'Kod wyniku',
	copyCode: 'Kopiuj kod',
	codeCopied: 'Skopiowano kod wyniku.',
	shareResult: 'Udostępnij wynik',
	student: 'Uczeń',
	anotherStudent: 'Rozwiąż jako inna osoba',

	// Results
	resultsIntro:
		'Zaimportuj pliki z wynikami albo wklej kody uczniów. Wyniki zostają zapisane na tym urządzeniu razem z quizem.',
	chooseQuiz: 'Quiz',
	chooseQuizHeading: 'Wybierz quiz',
	pasteLink: 'Albo wklej link do quizu',
	openLink: 'Otwórz',
	importFiles: 'Pliki z wynikami',
	importHeading: 'Dodaj wyniki',
	pasteCodes: 'Kody wyników (jeden w wierszu)',
	addCodes: 'Dodaj kody',
	added: (n: number) => `Dodano ${n} ${plural(n, 'wynik', 'wyniki', 'wyników')}.`,
	nothingAdded: 'Nie dodano żadnego nowego wyniku.',
	saveResultsFailed:
		'Nie udało się zapisać wyników na tym urządzeniu — są widoczne do zamknięcia strony.',
	/** "Pominięto 2: inny quiz — 1, duplikat — 1." for the kinds with a count. */
	skippedSummary: (counts: Record<FlagKind, number>) => {
		const parts = (Object.keys(flagLabels) as FlagKind[])
			.filter((k) => counts[k] > 0)
			.map((k) => `${flagLabels[k]} — ${counts[k]}`);
		const total = Object.values(counts).reduce((a, b) => a + b, 0);
		return total > 0 ? `Pominięto ${total}: ${parts.join(', ')}.` : '';
	},
	skippedHeading: 'Pominięte przy dodawaniu',
	perStudent: 'Wyniki uczniów',
	perQuestion: 'Pytania — najpierw te, z którymi klasa miała najwięcej kłopotu',
	average: 'Średni wynik',
	distribution: 'Rozkład wyników',
	studentsCount: (n: number) => `${n} ${plural(n, 'uczeń', 'uczniów', 'uczniów')}`,
	noResults: 'Nie ma jeszcze żadnych wyników.',
	flagged: 'Wyniki odłożone na bok',
	flaggedIntro: 'Tych wyników nie wliczono do tabel:',
	reason: 'Powód',
	question: 'Pytanie',
	correctShare: 'Odsetek poprawnych',
	score: 'Wynik',
	time: 'Czas',
	finished: 'Zakończono',
	range: 'Przedział',
	students: 'Liczba uczniów',
	exportCsv: 'Eksportuj CSV',
	separator: 'Separator',
	sepSemicolon: 'Średnik (Excel po polsku)',
	sepComma: 'Przecinek',
	removeAll: 'Usuń wszystkie wyniki',
	removeConfirm: 'Usunąć wszystkie wyniki tego quizu z tego urządzenia? Tego nie można cofnąć.',
	removeYes: 'Tak, usuń',
	removeNo: 'Zostaw',
	noQuiz: 'Wybierz quiz albo wklej link do niego.',
	differentQuiz: (title: string) => `Wynik innego quizu${title ? ` („${title}”)` : ''}`,
	wrongQuestions: 'Wynik nie pasuje do pytań tego quizu',
	duplicate: 'Ten sam wynik zaimportowano już wcześniej',
	sameName: 'Drugi wynik ucznia o tym samym imieniu',

	// Projector
	fullscreen: 'Pełny ekran',
	exitFullscreen: 'Zamknij pełny ekran',
	previous: 'Poprzednie',
	next: 'Następne',
	reveal: 'Pokaż odpowiedź',
	scanToJoin: 'Zeskanuj kod albo wpisz adres:',
	scanOnly: 'Zeskanuj kod telefonem — pytania są w kodzie, zestaw nie jest potrzebny.',
	slideOf: (n: number, total: number) => `Pytanie ${n} z ${total}`,
	answer: 'Odpowiedź',
	keysHint: 'Klawisze: ← / → lub PageUp / PageDown — przejście, Spacja lub Enter — odpowiedź.',
	timeLeft: 'Pozostały czas',
	timeUp: 'Czas minął',

	// Print
	worksheet: 'Karta pracy',
	answerKey: 'Klucz odpowiedzi',
	print: 'Drukuj',
	nameField: 'Imię i nazwisko',
	quizCode: 'Kod quizu',
	trueLabel: 'Prawda',
	falseLabel: 'Fałsz',
	orderHint: (n: number) => `Wpisz numery od 1 do ${n} w kolejności.`,
	matchHint: 'Połącz w pary: wpisz literę obok numeru.',
	correct: 'Poprawna odpowiedź',
	explanation: 'Wyjaśnienie'
} as const;
