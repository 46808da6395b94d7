/** Photo captions in source.md: their own blocks, addressable, quotable, not paragraphs. */
import { describe, expect, it } from 'vitest';
import { loadBankDir } from '../../src/lib/bank/fs';
import { findQuote, parseSource } from '../../src/lib/bank/source';

const SOURCE = `Pierwszy akapit, w którym Kasym Żomart-Tokajew gra.

> Prezydent Kasym-Żomart Tokajew podczas gry / AGENCJA

## Sekcja

Drugi akapit.`;

describe('caption blocks', () => {
	it('are parsed as captions f-1 … between paragraphs, which keep their numbers', () => {
		expect(parseSource(SOURCE)).toEqual([
			{
				kind: 'paragraph',
				anchor: 'p-1',
				n: 1,
				text: 'Pierwszy akapit, w którym Kasym Żomart-Tokajew gra.'
			},
			{
				kind: 'caption',
				anchor: 'f-1',
				n: 1,
				text: 'Prezydent Kasym-Żomart Tokajew podczas gry / AGENCJA'
			},
			{ kind: 'heading', anchor: 's-1', n: 1, text: 'Sekcja' },
			{ kind: 'paragraph', anchor: 'p-2', n: 2, text: 'Drugi akapit.' }
		]);
	});
	it('can be quoted as evidence; a body paragraph wins over a caption', () => {
		const blocks = parseSource(SOURCE);
		expect(findQuote(blocks, 'Kasym-Żomart Tokajew')?.anchor).toBe('f-1');
		expect(findQuote(blocks, 'Tokajew')?.anchor).toBe('p-1');
	});
	it('hold both captions of the Kazakhstan text, and q-short-tokajew quotes one', () => {
		const loaded = loadBankDir(process.cwd(), 'kazachstan-2022-11');
		expect(loaded.blocks.filter((b) => b.kind === 'caption').map((b) => b.anchor)).toEqual([
			'f-1',
			'f-2'
		]);
		expect(loaded.evidence['q-short-tokajew']?.map((s) => s.anchor)).toEqual(['p-2', 'f-2']);
	});
});
