/** UI strings of the source text (Polish, glossary words). */
export const sourceStrings = {
	/** Label in front of a photo caption on the reading page. */
	photoCaption: 'Podpis zdjęcia',
	/** Accessible name of a caption's anchor link: "Podpis zdjęcia 2". */
	caption: (n: number) => `Podpis zdjęcia ${n}`
} as const;
