/** Splitting a paragraph into plain and highlighted pieces for `?highlight=<item-id>`. */
import type { EvidenceSpot } from './types';

export interface Piece {
	text: string;
	marked: boolean;
}

/** Cuts `text` into pieces, marking every occurrence of the quotes that point into `anchor`. */
export function markPieces(text: string, anchor: string, spots: EvidenceSpot[]): Piece[] {
	const ranges: [number, number][] = [];
	for (const spot of spots) {
		if (spot.anchor !== anchor) continue;
		const start = text.indexOf(spot.quote);
		if (start >= 0) ranges.push([start, start + spot.quote.length]);
	}
	ranges.sort((a, b) => a[0] - b[0]);
	const pieces: Piece[] = [];
	let at = 0;
	for (const [start, end] of ranges) {
		if (end <= at) continue;
		const from = Math.max(start, at);
		if (from > at) pieces.push({ text: text.slice(at, from), marked: false });
		pieces.push({ text: text.slice(from, end), marked: true });
		at = end;
	}
	if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
	return pieces;
}
