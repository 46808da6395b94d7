/** UI strings of the offline/installing notices (glossary words). */
export const pwa = {
	offlineReady: 'Gotowe do pracy offline',
	offlineReadyHint: 'Wszystkie zestawy działają teraz także bez internetu.',
	offline: 'Jesteś offline — wszystko działa dalej',
	updateWaiting: 'Dostępna nowa wersja',
	refresh: 'Odśwież',
	refreshing: 'Odświeżanie…',
	close: 'Zamknij'
} as const;
