/** Slugs for bank, topic and item ids: lowercase ASCII letters, digits and hyphens. */
const FOLD: Record<string, string> = {
	ą: 'a',
	ć: 'c',
	ę: 'e',
	ł: 'l',
	ń: 'n',
	ó: 'o',
	ś: 's',
	ź: 'z',
	ż: 'z'
};

/** "Od źródeł do ujścia" → "od-zrodel-do-ujscia"; at most `max` characters, never empty. */
export function slugify(text: string, max = 40, fallback = 'tekst'): string {
	const slug = text
		.toLowerCase()
		.replace(/[ąćęłńóśźż]/g, (c) => FOLD[c] ?? c)
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, max)
		.replace(/-+$/, '');
	return slug || fallback;
}
