/**
 * Parser of `source.md`: blocks separated by blank lines; a block starting with `## ` is a
 * section heading, a block starting with `> ` is a photo caption, every other block is a
 * paragraph of the body. Nothing else of Markdown is interpreted, so the text stays exactly as
 * the author wrote it.
 */
import type { SourceBlock } from './types';

/**
 * The value of a bank's `source` that declares it has no source text (`source: none`), e.g. a
 * bank imported from Moodle or Quizlet. Its items need no evidence and no explanation, and
 * quotes they carry are not looked up in any text.
 */
export const NO_SOURCE = 'none';

/** True for a bank that rests on a source text (every bank but the `source: none` form). */
export function hasSourceText(bank: { source: string }): boolean {
	return bank.source !== NO_SOURCE;
}

/** Collapses every run of whitespace to one space and trims; quotes are compared this way. */
export function normaliseSpace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

export function parseSource(markdown: string): SourceBlock[] {
	const blocks: SourceBlock[] = [];
	const count = { heading: 0, paragraph: 0, caption: 0 };
	const push = (kind: SourceBlock['kind'], prefix: string, text: string) => {
		count[kind] += 1;
		blocks.push({ kind, anchor: `${prefix}-${count[kind]}`, n: count[kind], text });
	};
	for (const raw of markdown.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
		const text = normaliseSpace(raw);
		if (!text) continue;
		if (text.startsWith('## ')) push('heading', 's', text.slice(3));
		else if (text.startsWith('> ')) push('caption', 'f', text.slice(2));
		else push('paragraph', 'p', text);
	}
	return blocks;
}

/**
 * Finds the block holding `quote` (whitespace-normalised): body paragraphs win over photo
 * captions, captions over headings.
 */
export function findQuote(blocks: SourceBlock[], quote: string): SourceBlock | undefined {
	const wanted = normaliseSpace(quote);
	if (!wanted) return undefined;
	for (const kind of ['paragraph', 'caption', 'heading'] as const) {
		const found = blocks.find((b) => b.kind === kind && b.text.includes(wanted));
		if (found) return found;
	}
	return undefined;
}
