import { describe, expect, it } from 'vitest';
import {
	decodeEntities,
	htmlToText,
	intake,
	looksLikeHtml,
	looksPolish,
	MAX_TEXT_CHARS,
	normaliseText
} from '../../src/lib/authoring/intake';

const POLISH =
	'Wisła jest najdłuższą rzeką w Polsce. Płynie przez Kraków i Warszawę, a uchodzi do Morza Bałtyckiego w pobliżu Gdańska. Jej długość wynosi 1047 kilometrów, a dorzecze obejmuje większą część kraju.';

describe('normaliseText', () => {
	it('unifies line ends, special spaces, soft hyphens and headings', () => {
		expect(
			normaliseText(
				'# Tytuł\r\nPierwszy\u00a0akapit, roz\u00adpisany\u200b.\r\n\r\n\r\n\r\nDrugi\takapit.  \n'
			)
		).toBe('## Tytuł\n\nPierwszy akapit, rozpisany.\n\nDrugi akapit.');
	});

	it('takes each line as a paragraph when the text has no blank line', () => {
		expect(normaliseText('Pierwszy akapit.\nDrugi akapit.\n')).toBe(
			'Pierwszy akapit.\n\nDrugi akapit.'
		);
	});

	it('keeps line breaks inside a paragraph when blank lines separate paragraphs', () => {
		expect(normaliseText('Jeden\nciąg dalszy.\n\nDwa.')).toBe('Jeden\nciąg dalszy.\n\nDwa.');
	});
});

describe('HTML', () => {
	it('detects markup but not prose mentioning a tag', () => {
		expect(looksLikeHtml('<p>Akapit</p><p>Drugi</p>')).toBe(true);
		expect(looksLikeHtml('Wzór: a < b oraz b > c.')).toBe(false);
	});

	it('decodes character references', () => {
		expect(decodeEntities('Ala &amp; kot &#261; &#x105; &bdquo;x&rdquo; &nieznane;')).toBe(
			'Ala & kot ą ą „x” &nieznane;'
		);
	});

	it('turns a web page into paragraphs and headings, dropping scripts and styles', () => {
		const html = `<html><head><title>T</title><style>p{color:red}</style></head><body>
<h2>Wisła <small>rzeka</small></h2><p>Wisła ma <b>1047&nbsp;km</b>.</p>
<script>alert("x")</script><p>Płynie przez<br>Kraków.</p><img src="x" onerror="alert(1)"></body></html>`;
		expect(normaliseText(htmlToText(html))).toBe(
			'## Wisła rzeka\n\nWisła ma 1047 km.\n\nPłynie przez\nKraków.'
		);
	});
});

describe('looksPolish', () => {
	it('accepts Polish prose and short texts', () => {
		expect(looksPolish(POLISH)).toBe(true);
		expect(looksPolish('Hello world.')).toBe(true);
	});

	it('rejects English and Czech prose', () => {
		expect(
			looksPolish(
				'The Vistula is the longest river in Poland. It flows through Kraków and Warsaw and reaches the Baltic Sea near Gdańsk. Its length is 1047 kilometres and its basin covers most of the country.'
			)
		).toBe(false);
		expect(
			looksPolish(
				'Vltava je nejdelší česká řeka. Pramení na Šumavě a teče přes České Budějovice a Prahu. Do Labe se vlévá u Mělníka, její délka činí 430 kilometrů a povodí zabírá velkou část Čech.'
			)
		).toBe(false);
	});
});

describe('intake', () => {
	it('gives the source text and its blocks', () => {
		const result = intake(`## Rzeka\n\n${POLISH}`);
		expect(result).toEqual({
			ok: true,
			value: {
				sourceText: `## Rzeka\n\n${POLISH}`,
				fromHtml: false,
				blocks: [
					{ kind: 'heading', anchor: 's-1', n: 1, text: 'Rzeka' },
					{ kind: 'paragraph', anchor: 'p-1', n: 1, text: POLISH }
				]
			}
		});
	});

	it('reports an empty text', () => {
		expect(intake(' \n\u00a0\n ')).toEqual({ ok: false, problem: { code: 'empty' } });
		expect(intake('<p> </p><div></div>')).toEqual({ ok: false, problem: { code: 'empty' } });
	});

	it('reports a text without sentences', () => {
		expect(intake('123 456\n\n— — —')).toEqual({ ok: false, problem: { code: 'no-sentences' } });
		expect(intake('## Sam nagłówek')).toEqual({ ok: false, problem: { code: 'no-sentences' } });
	});

	it('refuses a 1 MB paste with its length', () => {
		const big = `${POLISH}\n\n`.repeat(Math.ceil(1_000_000 / POLISH.length));
		const result = intake(big);
		expect(result).toEqual({
			ok: false,
			problem: { code: 'too-long', chars: big.trim().length, limit: MAX_TEXT_CHARS }
		});
	});

	it('refuses a text in another language unless confirmed', () => {
		const english =
			'The Vistula is the longest river in Poland. It flows through Kraków and Warsaw and reaches the Baltic Sea near Gdańsk. Its length is 1047 kilometres and its basin covers most of the country.';
		expect(intake(english)).toEqual({ ok: false, problem: { code: 'not-polish' } });
		expect(intake(english, { allowOtherLanguage: true }).ok).toBe(true);
	});

	it('converts pasted HTML to text', () => {
		const result = intake(`<p>${POLISH}</p><p>Druga <i>część</i>.</p>`);
		expect(result.ok && result.value.fromHtml).toBe(true);
		expect(result.ok && result.value.sourceText).toBe(`${POLISH}\n\nDruga część.`);
	});
});
