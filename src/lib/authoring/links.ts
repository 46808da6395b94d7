/**
 * The authoring strings that other pages show (the bank page's link to "Edytuj zestaw"), kept
 * apart from `strings.ts` so those pages do not load every authoring string.
 */
export const authoringLinks = {
	pasteText: 'Wklej tekst',
	editBank: 'Edytuj zestaw'
};
