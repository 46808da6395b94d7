/**
 * UI strings shared across the app (the glossary in one place). Feature-specific strings live
 * in each feature's own `strings.ts`.
 */
export const app = {
	name: 'Kartkówka',
	tagline: 'Quizy i fiszki z jednego tekstu — działa offline, postępy zostają na urządzeniu.',
	skipToContent: 'Przejdź do treści',
	mainNav: 'Główna nawigacja',
	banks: 'Zestawy',
	classroom: 'Quiz dla klasy',
	settings: 'Ustawienia',
	source: 'Tekst',
	sourceTitle: 'Tekst źródłowy',
	quiz: 'Quiz',
	startQuiz: 'Rozpocznij quiz',
	cards: 'Fiszki',
	learnCards: 'Ucz się fiszek',
	stats: 'Statystyki',
	seeInText: 'Zobacz w tekście',
	questionsCount: (n: number) => `${n} ${plural(n, 'pytanie', 'pytania', 'pytań')}`,
	cardsCount: (n: number) => `${n} ${plural(n, 'fiszka', 'fiszki', 'fiszek')}`,
	paragraphsCount: (n: number) => `${n} ${plural(n, 'akapit', 'akapity', 'akapitów')}`,
	highlighted: 'Zaznaczony fragment, na którym opiera się pytanie',
	highlightMissing: 'Nie znaleziono pytania ani fiszki o tym identyfikatorze.',
	paragraph: (n: number) => `Akapit ${n}`,
	notFound: 'Nie ma takiej strony',
	notFoundHint: 'Sprawdź adres albo wróć na stronę główną.',
	errorTitle: 'Coś poszło nie tak',
	backHome: 'Wróć do zestawów',
	/** Page descriptions (meta description) for search engines and link previews. */
	describe: {
		quiz: (bank: string) => `Quiz z tekstu „${bank}”: osiem typów pytań, tryb nauki i egzaminu.`,
		cards: (bank: string) => `Fiszki z tekstu „${bank}” z powtórkami rozłożonymi w czasie (FSRS).`,
		stats: (bank: string) => `Statystyki nauki: „${bank}” — powtórki, prognoza, skuteczność.`,
		read: (bank: string) => `Tekst źródłowy zestawu „${bank}” z numerowanymi akapitami.`,
		cardSettings: (bank: string) => `Ustawienia fiszek zestawu „${bank}”: limity, kroki, retencja.`,
		settings: 'Ustawienia Kartkówki: kopia zapasowa postępów, przywracanie i pamięć urządzenia.',
		classroom: 'Quiz dla klasy: link i kod QR dla uczniów, tryb prezentacji, karty pracy, wyniki.'
	}
} as const;

/** Polish plural form: 1 pytanie, 2–4 pytania, 5+ pytań (12–14 too). */
export function plural(n: number, one: string, few: string, many: string): string {
	if (n === 1) return one;
	const lastTwo = n % 100;
	const last = n % 10;
	if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return few;
	return many;
}
