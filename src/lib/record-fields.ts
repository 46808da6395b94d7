/** Valibot field schemas shared by the record schemas of every domain (srs, quiz, classroom). */
import * as v from 'valibot';

/**
 * A point in time. IndexedDB keeps Date objects as they are; a JSON backup holds ISO strings,
 * which are turned back into Dates here, so every reader gets a Date.
 */
export const DateField = v.union([
	v.pipe(
		v.date(),
		v.check((d) => !Number.isNaN(d.getTime()), 'nieprawidłowa data')
	),
	v.pipe(
		v.string(),
		v.check(
			(s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)),
			'nieprawidłowa data'
		),
		v.transform((s) => new Date(s))
	)
]);

export const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
export const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
export const Finite = v.pipe(v.number(), v.finite());
