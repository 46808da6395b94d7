/**
 * Which link a new classroom quiz gets. A built-in bank's quiz names its questions by id
 * (every copy of the app has them). A quiz from a bank of the teacher's own carries its
 * questions when the whole link fits in a QR code read from the back of a classroom
 * (`carry.ts`); when it does not, it names them by id, and the teacher is told how many of
 * the questions would have fitted and that the students need the bank file first.
 */
import type { Question, Topic } from '../bank/types';
import { isLocalId } from '../banks/ids';
import { fitsInQr, MAX_CARRIED_LINK_CHARS } from './carry';
import { encodeConfig, withCarriedQuestions, type IdConfig } from './config';

/** The bank a quiz is made from (what the set-up page has of it). */
export interface SharedBank {
	title: string;
	topics: readonly Topic[];
	questions: readonly Question[];
}

/** Why the questions stay out of the link. */
export interface TooBig {
	/** Characters the link carrying every chosen question would have. */
	chars: number;
	/** The most a link may have (`MAX_CARRIED_LINK_CHARS`). */
	limit: number;
	/** How many of the chosen questions (the first ones) would fit; 0 when not even one. */
	fit: number;
}

/** The code that goes after `#` in the share link, and what it holds. */
export interface SharedCode {
	code: string;
	/** True when the link carries the questions (no bank needed on the student's phone). */
	carried: boolean;
	/** Set when the bank is the teacher's own and its questions did not fit. */
	tooBig: TooBig | null;
}

/**
 * The largest `n` in 0…`total` for which `fits(n)` holds, assuming that once it fails it
 * keeps failing for larger `n` (a link with more questions is longer).
 */
export async function largestFitting(
	total: number,
	fits: (n: number) => Promise<boolean>
): Promise<number> {
	let lo = 0;
	let hi = total;
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (await fits(mid)) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/**
 * The share code of a new quiz from `bank`.
 * @param linkFor the whole share link for a code (origin, base path, `#`), as students get it
 */
export async function shareCode(
	config: IdConfig,
	bank: SharedBank,
	linkFor: (code: string) => string
): Promise<SharedCode> {
	const idCode = await encodeConfig(config);
	if (!isLocalId(config.bankId)) return { code: idCode, carried: false, tooBig: null };
	const carriedCode = (n: number) => {
		const some = { ...config, questionIds: config.questionIds.slice(0, n) };
		return encodeConfig(withCarriedQuestions(some, bank));
	};
	const whole = await carriedCode(config.questionIds.length);
	const chars = linkFor(whole).length;
	if (fitsInQr(linkFor(whole))) return { code: whole, carried: true, tooBig: null };
	const fit = await largestFitting(config.questionIds.length - 1, async (n) =>
		n === 0 ? true : fitsInQr(linkFor(await carriedCode(n)))
	);
	return { code: idCode, carried: false, tooBig: { chars, limit: MAX_CARRIED_LINK_CHARS, fit } };
}
