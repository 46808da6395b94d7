/** UI strings of the source text (Polish, glossary words). */
export const sourceStrings = {
	/** Label in front of a photo caption on the reading page. */
	photoCaption: 'Podpis zdjęcia',
	/** Accessible name of a caption's anchor link: "Podpis zdjęcia 2". */
	caption: (n: number) => `Podpis zdjęcia ${n}`,
	/** The reading page of a bank declared `source: none`. */
	noText:
		'Ten zestaw nie ma tekstu źródłowego — pytania i fiszki przyszły bez niego (np. z Moodle, Quizlet albo Anki).',
	/** Above the quotes an item of such a bank carries, with no text to find them in. */
	quotesOf: 'Cytat, na którym opiera się to pytanie:',
	backToBank: (title: string) => `Wróć do zestawu „${title}”`,
	/** On the bank page instead of the number of paragraphs. */
	withoutText: 'bez tekstu'
} as const;
