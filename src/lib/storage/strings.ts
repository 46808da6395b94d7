/** UI strings of progress storage: banners, backup and restore, reset, Settings. */
import { formatNumber } from '../format';
import { plural } from '../strings';
import type { Kind } from './kinds';

/** Longest piece of untrusted input (a key, a value, a file name) a message repeats. */
export const EXCERPT_MAX = 60;

/**
 * A short, safe excerpt of untrusted input for a message: at most `max` characters, control
 * characters shown as spaces, an ellipsis when cut. A 5 MB key is never repeated whole.
 */
export function excerpt(input: unknown, max = EXCERPT_MAX): string {
	const text = String(input).slice(0, max + 1);
	// eslint-disable-next-line no-control-regex -- control characters are what is being removed
	const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
	return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

export const storage = {
	memoryOnly:
		'Ta przeglądarka nie pozwala zapisywać danych (np. tryb prywatny). Aplikacja działa, ale postępy z tej wizyty nie zostaną zachowane — wyeksportuj je w Ustawieniach, zanim zamkniesz kartę.',
	writeFailed: (reason: string) =>
		`Nie udało się zapisać postępów (${reason}). Są bezpieczne do końca tej wizyty — wyeksportuj je w Ustawieniach.`,
	readFailed: (reason: string) =>
		`Nie udało się odczytać części postępów (${reason}). Nic nie zostało usunięte — odśwież stronę.`,
	quota: 'brak miejsca w pamięci urządzenia',
	blocked: 'pamięć przeglądarki jest zablokowana',
	unknown: 'błąd pamięci przeglądarki',
	close: 'Zamknij',
	/** "Pominięto 2 uszkodzone rekordy" — records kept in place but not read. */
	corrupt: (n: number) =>
		`Pominięto ${n} ${plural(n, 'uszkodzony rekord', 'uszkodzone rekordy', 'uszkodzonych rekordów')}`,
	corruptHint:
		'Nie zostały usunięte ani nie trafiają do kopii zapasowej. Mogły powstać w innej wersji aplikacji albo zostać uszkodzone.',
	problem: (kind: string, key: string, reason: string) => `${kind}/${excerpt(key)}: ${reason}`
} as const;

/** Names of record kinds as the learner sees them, with counts. */
export const kindLabels: Record<Kind, string> = {
	cards: 'Fiszki z postępem',
	reviews: 'Wpisy powtórek',
	attempts: 'Podejścia do quizu',
	sessions: 'Quizy w toku',
	settings: 'Ustawienia',
	classroom: 'Quizy dla klasy',
	banks: 'Twoje zestawy'
};

export const backupText = {
	notJson: 'Plik nie jest poprawnym plikiem JSON — to nie jest kopia zapasowa Kartkówki.',
	notBackup: 'To nie jest kopia zapasowa Kartkówki.',
	badFormat: 'Kopia nie ma numeru wersji formatu.',
	tooNew: (found: number, max: number) =>
		`Kopia ma wersję ${found}, a aplikacja obsługuje najwyżej ${max}. Zaktualizuj aplikację.`,
	badExportedAt: 'Kopia nie ma poprawnej daty eksportu (exportedAt).',
	noRecords: 'Kopia nie zawiera sekcji records.',
	unknownKind: (kind: string) => `Kopia zawiera nieznany rodzaj rekordów: ${excerpt(kind)}.`,
	badKind: (kind: string) => `Sekcja records/${kind} nie jest listą rekordów.`,
	badKey: (kind: string, key: string) => `Rekord ${kind}/${excerpt(key)}: nieprawidłowy klucz.`,
	keyNotId: (kind: string, key: string) =>
		`Rekord ${kind}/${excerpt(key)}: klucz nie jest identyfikatorem wpisu (id).`,
	badRecord: (kind: string, key: string, reason: string) =>
		`Rekord ${kind}/${excerpt(key)}: ${excerpt(reason, 120)}`,
	badCounts: 'Kopia nie ma poprawnego podsumowania liczby rekordów (counts).',
	countMismatch: (kind: string, said: number, found: number) =>
		`Kopia jest niepełna: podsumowanie mówi o ${said} rekordach ${kind}, a zawiera ${found}.`
} as const;

export const settingsText = {
	progressHeading: 'Twoje postępy',
	storageHeading: 'Pamięć urządzenia',
	persistent: (yes: boolean | null) =>
		`Pamięć trwała: ${yes === null ? 'nie wiadomo (przeglądarka nie podaje)' : yes ? 'tak' : 'nie'}`,
	persistentHint:
		'Gdy pamięć nie jest trwała, przeglądarka może usunąć postępy, kiedy zabraknie miejsca. Regularnie eksportuj postępy.',
	used: (mb: number | null) =>
		`Zajęte miejsce: ${mb === null ? 'nie wiadomo' : `${formatNumber(mb, 2)} MB`}`,
	memoryOnly: 'Pamięć przeglądarki jest niedostępna — postępy są tylko w tej karcie.',
	loading: 'Wczytywanie…',
	unsaved:
		'Część postępów nie została zapisana na urządzeniu i jest tylko w tej karcie. Eksportuj postępy, zanim ją zamkniesz.',
	backupHeading: 'Kopia zapasowa',
	backupHint:
		'Postępy są zapisane tylko na tym urządzeniu. Kopia to jeden plik JSON, który możesz przenieść na inne urządzenie.',
	exportButton: 'Eksportuj postępy',
	exported: (name: string) => `Pobrano plik ${name}.`,
	importLabel: 'Importuj postępy',
	importHint: 'Wybierz plik kopii zapasowej (kartkowka-postepy-….json).',
	importReading: 'Sprawdzanie pliku…',
	/** Read out while an import runs; `percent` is formatted, e.g. "42%". */
	importProgress: (percent: string) => `Importowanie… ${percent}`,
	importInvalid: (message: string) => `Nie zaimportowano niczego. ${message}`,
	importPlanHeading: 'Co zrobi import',
	importFileInfo: (exportedAt: string) => `Kopia z ${exportedAt}.`,
	modeLegend: 'Sposób importu',
	modeMerge: 'Scal',
	modeMergeHint: 'Z każdego rekordu zostaje nowsza wersja; nic nie jest usuwane.',
	modeReplace: 'Zastąp',
	modeReplaceHint: 'Postępy na tym urządzeniu zostaną zastąpione zawartością kopii.',
	planLine: (
		label: string,
		p: { incoming: number; added: number; updated: number; kept: number; removed: number }
	) =>
		`${label}: w kopii ${p.incoming}; nowe ${p.added}, zaktualizowane ${p.updated}, bez zmian ${p.kept}` +
		(p.removed ? `, usunięte ${p.removed}` : ''),
	planNothing: 'Import niczego nie zmieni — te postępy już tu są.',
	applyImport: 'Importuj',
	cancel: 'Anuluj',
	imported: (n: number) =>
		`Zaimportowano: ${n} ${plural(n, 'rekord zmieniony', 'rekordy zmienione', 'rekordów zmienionych')}.`,
	importFailed:
		'Nie wszystko udało się zapisać. Zaimportowane dane są dostępne do końca tej wizyty — zwolnij miejsce i spróbuj ponownie.',
	resetHeading: 'Zacznij od nowa',
	resetHint:
		'Usuwa postępy fiszek, historię powtórek, podejścia do quizu i ustawienia wybranego zestawu.',
	resetTargetLabel: 'Co usunąć',
	resetAllOption: 'Wszystkie postępy (wszystkie zestawy)',
	resetButton: 'Usuń postępy…',
	resetDialogTitle: 'Usunąć postępy?',
	resetDialogBank: (title: string) =>
		`Usuniesz postępy zestawu „${title}”: fiszki, powtórki, podejścia do quizu i ustawienia. Tego nie da się cofnąć.`,
	resetDialogAll: 'Usuniesz wszystkie postępy ze wszystkich zestawów. Tego nie da się cofnąć.',
	resetBackupFirst: 'Najpierw pobierz kopię',
	resetConfirm: 'Usuń postępy',
	resetDone: (n: number) => `Usunięto ${n} ${plural(n, 'rekord', 'rekordy', 'rekordów')}.`,
	resetFailed: 'Nie udało się usunąć wszystkich rekordów. Spróbuj ponownie.',
	problemsHeading: 'Pominięte rekordy'
} as const;
