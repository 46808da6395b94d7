import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ItemEditor from '../../src/lib/authoring/components/ItemEditor.svelte';
import { emptyForm, formOf } from '../../src/lib/authoring/editor';
import type { ParagraphView } from '../../src/lib/authoring/types';
import { QUESTION_TYPES } from '../../src/lib/bank/types';

const paragraphs: ParagraphView[] = [
	{
		anchor: 'p-1',
		n: 1,
		text: 'Wisła ma 1047 km. Dwór <b>był</b> bogaty.',
		sentences: ['Wisła ma 1047 km.', 'Dwór <b>był</b> bogaty.'],
		starts: [0, 18],
		topic: 'rzeki'
	}
];
const topics = [{ id: 'rzeki', label: 'Rzeki' }];

function html(initial: ReturnType<typeof emptyForm>): string {
	const { body } = render(ItemEditor, {
		props: {
			initial,
			paragraphs,
			topics,
			check: () => ({ ok: false as const, problems: {} }),
			onsubmit: () => {},
			oncancel: () => {}
		}
	});
	return body.replace(/<!--[^>]*-->/g, '');
}

/** The fields each type's form shows, by their labels. */
const FIELDS: Record<(typeof QUESTION_TYPES)[number], string[]> = {
	single: ['Polecenie', 'Odpowiedzi do wyboru', 'Odpowiedź 1 jest dobra', 'Dodaj odpowiedź'],
	multiple: ['Polecenie', 'Odpowiedzi do wyboru', 'Dodaj odpowiedź'],
	'true-false': ['Stwierdzenie do oceny', 'Stwierdzenie jest', 'Prawda', 'Fałsz'],
	short: ['Polecenie', 'Przyjmowane odpowiedzi'],
	numeric: [
		'Odpowiedź (liczba)',
		'Jednostka',
		'Dopuszczalna różnica',
		'Jak liczbę zapisano w tekście'
	],
	match: ['Pary do dopasowania', 'Pojęcie 1', 'Dopasowanie 3', 'Dodaj parę'],
	order: ['Elementy we właściwej kolejności'],
	cloze: ['Zdanie z lukami', 'Odpowiedzi do luk']
};

describe('ItemEditor', () => {
	for (const type of QUESTION_TYPES) {
		it(`a new ${type} question shows its own fields, the evidence picker and Dodaj do zestawu`, () => {
			const body = html(emptyForm('question', 'rzeki', [], type));
			for (const label of [...FIELDS[type], 'Cytat z tekstu', 'Wyjaśnienie', 'Trudność'])
				expect(body, label).toContain(label);
			expect(body).toContain('Nowe pytanie');
			expect(body).toContain('>Dodaj do zestawu<');
			expect(body).not.toContain('Przód fiszki');
		});
	}

	it('edits a flashcard: its fields filled, Zatwierdź zmiany, the text never as markup', () => {
		const body = html(
			formOf({
				id: 'c-x',
				front: 'Ile km ma Wisła?',
				back: '1047',
				kind: 'basic',
				evidence: 'Wisła ma 1047 km.',
				topics: ['rzeki']
			})
		);
		expect(body).toContain('Edycja fiszki');
		expect(body).toContain('Ile km ma Wisła?</textarea>');
		expect(body).toContain('<q>Wisła ma 1047 km.</q>');
		expect(body).toContain('>Zatwierdź zmiany<');
		expect(body).toContain('Dwór &lt;b>był&lt;/b> bogaty.');
		expect(body).not.toContain('<b>');
	});
});
