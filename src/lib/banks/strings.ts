/** Polish UI text of the bank repository, "Dodaj zestaw", "Eksportuj zestaw" and "Usuń zestaw". */
export const banksText = {
	/** Label on a bank stored on the device (glossary). */
	yours: 'Twój zestaw',
	unknownBank: 'Nie ma takiego zestawu.',
	unknownLocal:
		'Nie ma takiego zestawu na tym urządzeniu. Zestawy własne są zapisane tylko na urządzeniu, na którym je dodano — otwórz plik zestawu w „Dodaj zestaw” i spróbuj jeszcze raz.',
	loadFailed:
		'Nie udało się wczytać zestawów. Sprawdź połączenie z internetem i odśwież stronę — po pierwszej wizycie działa to także offline.'
} as const;
