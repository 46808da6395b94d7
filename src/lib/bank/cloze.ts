/**
 * The cloze syntax: a text with numbered gaps `{1}`, `{2}`, … (see questions/README.md). The
 * one parser of it, used by the validator, the quiz, its grading and the worksheet.
 */

/** A run of plain text or a gap (numbered from 1, as written in the text). */
export type ClozePart = { kind: 'text'; text: string } | { kind: 'gap'; n: number };

const GAP = /\{(\d+)\}/g;

/** The text split into plain runs and gaps, in reading order. */
export function parseCloze(text: string): ClozePart[] {
	const parts: ClozePart[] = [];
	let last = 0;
	for (const m of text.matchAll(GAP)) {
		if (m.index > last) parts.push({ kind: 'text', text: text.slice(last, m.index) });
		parts.push({ kind: 'gap', n: Number(m[1]) });
		last = m.index + m[0].length;
	}
	if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
	return parts;
}

/** The gap numbers in reading order (repeats kept, so a validator can spot them). */
export function clozeGaps(text: string): number[] {
	return parseCloze(text).flatMap((p) => (p.kind === 'gap' ? [p.n] : []));
}
