/** Leeches: cards forgotten again and again. As in Anki: at 8 lapses, then every 4 more. */
import type { CardStateRecord, SrsSettings } from './records';

/** Lapses at which a card first becomes a leech (Anki's default threshold). */
export const LEECH_THRESHOLD = 8;

/** True when a lapse count just reached a leech point: 8, 12, 16… */
export function isLeechLapse(lapsesBefore: number, lapsesAfter: number): boolean {
	return (
		lapsesAfter > lapsesBefore &&
		lapsesAfter >= LEECH_THRESHOLD &&
		(lapsesAfter - LEECH_THRESHOLD) % (LEECH_THRESHOLD / 2) === 0
	);
}

/** Marks a card as a leech and, with `leechAction: 'suspend'`, suspends it. */
export function markLeech(
	record: CardStateRecord,
	action: SrsSettings['leechAction']
): CardStateRecord {
	return { ...record, leech: true, suspended: action === 'suspend' ? true : record.suspended };
}
