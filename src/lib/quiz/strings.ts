/** Every UI string of the quiz (Polish, glossary words). */
import { formatDuration, formatNumber, formatPercent } from '../format';
import { app, plural } from '../strings';
import type { Mode, QuestionType } from './types';

const pct = (share: number) => formatPercent(share);
/** "7,5" for fractional points, "8" for whole ones (two decimals at most). */
export function points(x: number): string {
	return formatNumber(x, 2);
}

export const quizStrings = {
	quiz: app.quiz,
	startQuiz: app.startQuiz,
	true: 'Prawda',
	false: 'Fałsz',
	noAnswer: '—',
	// set-up
	setupTitle: 'Quiz',
	count: 'Liczba pytań',
	countAll: 'wszystkie',
	topics: 'Tematy',
	types: 'Rodzaje pytań',
	difficulty: 'Trudność',
	difficultyLabel: { 1: 'łatwe', 2: 'średnie', 3: 'trudne' } satisfies Record<1 | 2 | 3, string>,
	mode: 'Tryb',
	practiceHint: 'odpowiedź i wyjaśnienie po każdym pytaniu',
	examHint: 'wynik dopiero na końcu, można pomijać pytania',
	timeLimit: 'Limit czasu (egzamin)',
	noLimit: 'bez limitu',
	minutes: (n: number) => `${n} min`,
	shuffleOptions: 'Mieszaj kolejność odpowiedzi',
	advanced: 'Zaawansowane',
	seed: 'Ziarno losowania',
	seedHint: 'To samo ziarno i te same ustawienia dają ten sam quiz.',
	matching: (n: number) => `Pasuje ${n} ${plural(n, 'pytanie', 'pytania', 'pytań')}.`,
	nothingMatches:
		'Żadne pytanie nie pasuje do wybranych ustawień. Zaznacz więcej tematów, rodzajów lub poziomów trudności.',
	/** One name per question type. */
	typeLabel: {
		single: 'jednokrotny wybór',
		multiple: 'wielokrotny wybór',
		'true-false': 'prawda / fałsz',
		short: 'krótka odpowiedź',
		numeric: 'liczba',
		match: 'dopasowanie',
		order: 'kolejność',
		cloze: 'luki w tekście'
	} satisfies Record<QuestionType, string>,
	resumeTitle: 'Masz niedokończony quiz',
	resume: 'Wróć do quizu',
	discard: 'Porzuć i zacznij nowy',
	history: 'Poprzednie podejścia',
	noHistory: 'Nie masz jeszcze żadnych podejść.',
	// running quiz
	questionOf: (i: number, n: number) => `Pytanie ${i} z ${n}`,
	check: 'Sprawdź',
	next: 'Dalej',
	skip: 'Pomiń',
	previous: 'Wstecz',
	finish: 'Zakończ quiz',
	seeResults: 'Zobacz wynik',
	confirmFinish: (n: number) =>
		`Bez odpowiedzi ${plural(n, 'zostało', 'zostały', 'zostało')} ${n} ${plural(n, 'pytanie', 'pytania', 'pytań')}. Zakończyć quiz?`,
	confirmYes: 'Tak, zakończ',
	confirmNo: 'Wróć do pytań',
	navigator: 'Pytania',
	navItem: (i: number, status: 'answered' | 'skipped' | 'unanswered' | 'current') =>
		`Pytanie ${i}: ${status === 'answered' ? 'odpowiedziano' : status === 'skipped' ? 'pominięte' : status === 'current' ? 'bieżące' : 'bez odpowiedzi'}`,
	answerFirst: 'Najpierw wybierz lub wpisz odpowiedź.',
	keysHint: 'Klawisze: 1–9 wybierają odpowiedź, Enter sprawdza i przechodzi dalej.',
	examKeysHint: 'Klawisze: 1–9 wybierają odpowiedź, Enter przechodzi do następnego pytania.',
	// question types
	chooseOne: 'Wybierz jedną odpowiedź',
	chooseMany: 'Zaznacz wszystkie poprawne odpowiedzi',
	yourAnswer: 'Twoja odpowiedź',
	rightOption: '(poprawna odpowiedź)',
	gap: (n: number) => `Luka ${n}`,
	numberHint: 'Wpisz liczbę, np. 1250, 1 250, 2,5 albo 15 tys.',
	matchHint: 'Dotknij elementu po lewej, a potem pasującego po prawej.',
	matchLeft: 'Elementy',
	matchRight: 'Pasujące odpowiedzi',
	pairedWith: (left: string, right: string) => `${left} — ${right}`,
	pairs: 'Twoje pary',
	noPairs: 'Nie utworzono jeszcze par.',
	unpair: (left: string) => `Usuń parę: ${left}`,
	selectedLeft: (left: string) => `Wybrano: ${left}. Teraz wybierz dopasowanie po prawej.`,
	orderHint: 'Ustaw elementy we właściwej kolejności (przyciski lub przeciąganie).',
	moveUp: (item: string) => `Przesuń wyżej: ${item}`,
	moveDown: (item: string) => `Przesuń niżej: ${item}`,
	moved: (item: string, pos: number) => `${item} — pozycja ${pos}`,
	dragHandle: (item: string) => `Przeciągnij: ${item}`,
	// feedback
	correct: 'Dobrze!',
	wrong: 'Źle',
	partial: 'Częściowo',
	unanswered: 'Bez odpowiedzi',
	correctAnswer: 'Poprawna odpowiedź',
	typo: (right: string) => `Uznano — literówka: poprawnie ${right}`,
	explanation: 'Wyjaśnienie',
	seeInText: app.seeInText,
	pointsFor: (score: number) => `${points(score)} / 1 pkt`,
	// timer
	timeLeft: 'Pozostały czas',
	oneMinuteLeft: 'Została jedna minuta.',
	timeUp: 'Czas minął — quiz zakończony.',
	// results
	resultsTitle: 'Wynik',
	score: (score: number, max: number) =>
		`Wynik: ${points(score)}/${max} (${pct(max ? score / max : 0)})`,
	timeTaken: 'Czas',
	duration: formatDuration,
	review: 'Przegląd odpowiedzi',
	byTopic: 'Wynik według tematów',
	topic: 'Temat',
	again: 'Jeszcze raz',
	fixMistakes: 'Popraw błędy',
	noMistakes: 'Wszystko dobrze — nie ma czego poprawiać.',
	learnCards: app.learnCards,
	newQuiz: 'Nowy quiz',
	date: 'Data',
	/** One name per mode, for the set-up form, history and classroom summaries. */
	modeLabel: { practice: 'Nauka', exam: 'Egzamin' } satisfies Record<Mode, string>,
	percent: pct,
	attemptSummary: (score: number, max: number) =>
		`${points(score)}/${max} (${pct(max ? score / max : 0)})`,
	saveFailed:
		'Nie udało się zapisać postępu quizu. Możesz kontynuować, ale po zamknięciu karty odpowiedzi przepadną.',
	missingQuestions: 'Niektórych pytań z zapisanego quizu nie ma już w zestawie — zostały pominięte.'
} as const;
