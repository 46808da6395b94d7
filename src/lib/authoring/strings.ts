/** Every UI string of authoring a bank from a text (Polish, glossary words). */
import { formatNumber } from '$lib/format';
import { plural } from '$lib/strings';
import type { IntakeProblem } from './intake';
import type { ProposalRule } from './types';

export const authoringStrings = {
	addBank: 'Dodaj zestaw',
	pasteText: 'Wklej tekst',
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
	'card-acronym': 'fiszki ze skrótami'
};
