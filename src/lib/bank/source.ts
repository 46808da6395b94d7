/**
 * Parser of `source.md`: blocks separated by blank lines; a block starting with `## ` is a
 * section heading, every other block is a paragraph of the body. Nothing else of Markdown is
 * interpreted, so the text stays exactly as the author wrote it.
 */
import type { SourceBlock } from './types';

/** Collapses every run of whitespace to one space and trims; quotes are compared this way. */
export function normaliseSpace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

export function parseSource(markdown: string): SourceBlock[] {
	const blocks: SourceBlock[] = [];
	let paragraphs = 0;
	let headings = 0;
	for (const raw of markdown.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
		const text = normaliseSpace(raw);
		if (!text) continue;
		if (text.startsWith('## ')) {
			headings += 1;
			blocks.push({ kind: 'heading', anchor: `s-${headings}`, n: headings, text: text.slice(3) });
		} else {
			paragraphs += 1;
			blocks.push({ kind: 'paragraph', anchor: `p-${paragraphs}`, n: paragraphs, text });
		}
	}
	return blocks;
}

/** Finds the block holding `quote` (whitespace-normalised); paragraphs win over headings. */
export function findQuote(blocks: SourceBlock[], quote: string): SourceBlock | undefined {
	const wanted = normaliseSpace(quote);
	if (!wanted) return undefined;
	return (
		blocks.find((b) => b.kind === 'paragraph' && b.text.includes(wanted)) ??
		blocks.find((b) => b.text.includes(wanted))
	);
}
