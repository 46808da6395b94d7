/** Polish UI text of the bank repository, "Dodaj zestaw", "Eksportuj zestaw" and "Usuń zestaw". */
import { formatNumber } from '$lib/format';
import { plural } from '$lib/strings';

const mb = (bytes: number) => `${formatNumber(bytes / 1_000_000, 1)} MB`;

export const banksText = {
	/** Label on a bank stored on the device (glossary). */
	yours: 'Twój zestaw',
	unknownBank: 'Nie ma takiego zestawu.',
	unknownLocal:
		'Nie ma takiego zestawu na tym urządzeniu. Zestawy własne są zapisane tylko na urządzeniu, na którym je dodano — otwórz plik zestawu w „Dodaj zestaw” i spróbuj jeszcze raz.',
	loadFailed:
		'Nie udało się wczytać zestawów. Sprawdź połączenie z internetem i odśwież stronę — po pierwszej wizycie działa to także offline.',

	add: {
		/** Home page link and page title (glossary). */
		title: 'Dodaj zestaw',
		description: 'Dodaj własny zestaw pytań i fiszek z pliku — zostaje tylko na tym urządzeniu.',
		intro:
			'Otwórz plik zestawu Kartkówki (.yaml albo .json, np. z „Eksportuj zestaw”) albo plik z innej aplikacji: GIFT lub XML z Moodle, Aiken, CSV, tekst z Anki lub Quizlet — format rozpoznamy po treści. Zanim cokolwiek zapiszemy, zobaczysz, co jest w pliku, co zostanie pominięte i każdy problem z osobna. Zestaw zostaje tylko na tym urządzeniu.',
		openFile: 'Otwórz plik',
		pasteText: 'Wklej tekst',
		formatHelp: 'Jak wygląda plik zestawu: questions/README.md w kodzie aplikacji.',
		reading: (name: string) => `Sprawdzam plik ${name}…`,
		tooBig: (bytes: number, max: number) =>
			`Plik ma ${mb(bytes)}, a plik zestawu może mieć najwyżej ${mb(max)}. Tekst ze stu pytaniami to mniej niż 0,1 MB — tak duży plik to najpewniej nie zestaw (np. zdjęcie albo PDF), a jego sprawdzanie na telefonie trwałoby bardzo długo.`,
		notText: 'Plik nie jest plikiem tekstowym (UTF-8) — to nie jest plik zestawu.',
		invalidTitle: (n: number) =>
			`Nie można dodać zestawu: ${n} ${plural(n, 'problem', 'problemy', 'problemów')}`,
		invalidHint: 'Nic nie zostało zapisane. Popraw plik i otwórz go jeszcze raz.',
		problemWhere: (where: string) => (where === 'Zestaw' ? 'Zestaw' : `Element ${where}`),
		validTitle: 'Zestaw jest poprawny',
		counts: 'Co jest w zestawie',
		questionsOfType: (label: string, n: number) => `${label}: ${n}`,
		cardsCount: (n: number) => `${n} ${plural(n, 'fiszka', 'fiszki', 'fiszek')}`,
		/** Glossary: a photo caption in the text. */
		caption: 'Podpis zdjęcia',
		paragraphs: (n: number) => `Tekst: ${n} ${plural(n, 'akapit', 'akapity', 'akapitów')}`,
		willBe: (id: string) => `Adres zestawu na tym urządzeniu: /${id}`,
		exists: (title: string) =>
			`Na tym urządzeniu jest już zestaw o tym identyfikatorze („${title}”). Co zrobić?`,
		replace: 'Zastąp (postępy zostają dla pytań i fiszek o tych samych identyfikatorach)',
		keepBoth: (id: string) => `Zachowaj oba (nowy dostanie adres /${id})`,
		save: 'Zapisz zestaw',
		saving: 'Zapisuję…',
		saveFailed:
			'Nie udało się zapisać zestawu w pamięci urządzenia. Nic nie zostało zmienione — spróbuj jeszcze raz albo zwolnij miejsce.',
		saved: (title: string) => `Zapisano zestaw „${title}”.`,
		openBank: 'Przejdź do zestawu'
	},

	/** Import from another app's file or pasted text. */
	other: {
		pasteTitle: 'Wklej z innej aplikacji',
		pasteLabel: 'Tekst z innej aplikacji (GIFT, Aiken, Anki, Quizlet)',
		formatLabel: 'Format',
		formatAuto: 'Rozpoznaj po treści',
		separators: 'Separatory (Quizlet)',
		termSeparator: 'Między pojęciem a definicją',
		cardSeparator: 'Między fiszkami',
		auto: 'Rozpoznaj sam',
		tab: 'Tabulator',
		comma: 'Przecinek',
		semicolon: 'Średnik',
		dash: 'Myślnik ( - )',
		newline: 'Nowy wiersz',
		read: 'Wczytaj tekst',
		pasteEmpty: 'Najpierw wklej tekst.',
		pasted: 'tekst wklejony',
		reading: (name: string) => `Czytam: ${name}…`,
		refusedTitle: 'Nie można zaimportować',
		previewTitle: (format: string, name: string) => `Import z formatu ${format}: ${name}`,
		willImport: 'Co zostanie zaimportowane',
		nothing: 'Nic — nie ma tu pytań ani fiszek, które Kartkówka umie przyjąć.',
		skippedTitle: 'Co zostanie pominięte',
		problemsTitle: (n: number) =>
			`${n} ${plural(n, 'problem', 'problemy', 'problemów')} w pliku (te miejsca nie zostaną zaimportowane)`,
		notesTitle: 'Zaimportowane ze stratą',
		titleLabel: 'Tytuł zestawu',
		titleMissing: 'Podaj tytuł zestawu.',
		noText:
			'Zestaw nie będzie miał tekstu źródłowego: quiz i fiszki działają jak zwykle, tylko bez odnośników „Zobacz w tekście”.',
		invalid:
			'Tego zestawu nie da się zapisać: nie przeszedł sprawdzenia. Nic nie zostało zapisane.',
		nothingSaved: 'Nic nie zostało zapisane. Popraw plik i otwórz go jeszcze raz.',
		loadFailed:
			'Nie udało się wczytać czytnika formatów innych aplikacji. Otwórz „Dodaj zestaw” raz z internetem — potem działa to także offline.'
	},

	export: {
		button: 'Eksportuj zestaw',
		done: (name: string) =>
			`Zapisano plik ${name}. Wyślij go albo otwórz w „Dodaj zestaw” na innym urządzeniu.`,
		doneFor: (name: string) => `Zapisano plik ${name}.`,
		failed: 'Nie udało się przygotować pliku zestawu.',
		chooseFormat: 'Format pliku',
		/** The bank file in the menu; other apps' formats are named by the interop layer. */
		kartkowka: 'Plik Kartkówki (.yaml)',
		notesTitle: 'Zapisane ze stratą'
	},

	remove: {
		button: 'Usuń zestaw',
		confirmTitle: (title: string) => `Usunąć zestaw „${title}” z tego urządzenia?`,
		backupFirst:
			'Najpierw zrób kopię zapasową: plik z postępami zawiera też Twoje zestawy, więc można je potem przywrócić.',
		backup: 'Eksportuj postępy',
		backupDone: (name: string) => `Zapisano kopię ${name}.`,
		progressLegend: 'Postępy w tym zestawie (fiszki, quizy, ustawienia)',
		keepProgress: 'Zachowaj postępy (wrócą, gdy dodasz ten zestaw ponownie)',
		deleteProgress: 'Usuń też postępy',
		confirm: 'Usuń zestaw',
		cancel: 'Anuluj',
		failed: 'Nie udało się usunąć zestawu. Nic nie zostało zmienione.',
		done: (title: string) => `Usunięto zestaw „${title}”.`
	}
} as const;
