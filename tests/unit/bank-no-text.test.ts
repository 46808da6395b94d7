/**
 * The two forms of a bank: with a source text (every item quotes it, every question explains
 * its answer) and `source: none` (imported from another app: no text, evidence and
 * explanations optional, quotes not looked up). One validator serves the build and the browser.
 */
import * as v from 'valibot';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseBank } from '../../src/lib/bank/parse';
import { formatProblem, validateBank } from '../../src/lib/bank/validate';
import { hasSourceText, NO_SOURCE } from '../../src/lib/bank/source';
import { parseBankFile, serialiseBankFile } from '../../src/lib/banks/file';
import { parseBankFileValue, toBankFileValue } from '../../src/lib/banks/format';
import { polishRule } from '../../src/lib/banks/problems';
import { LocalBankRecordSchema } from '../../src/lib/banks/record';

const SOURCE = 'Pierwszy akapit: Wisła ma 1047 kilometrów.\n\nDrugi akapit o Odrze.';
const FILE = 'questions/x/bank.yaml';

const question = (extra: Record<string, unknown> = {}) => ({
	id: 'q-wisla',
	type: 'single',
	prompt: 'Która rzeka jest najdłuższa?',
	options: [{ text: 'Wisła', correct: true }, { text: 'Odra' }],
	topics: ['t'],
	difficulty: 1,
	...extra
});

const card = (extra: Record<string, unknown> = {}) => ({
	id: 'c-odra',
	front: 'Odra?',
	back: 'Rzeka',
	topics: ['t'],
	...extra
});

function bank(source: string, questions: unknown[], cards: unknown[] = []) {
	return {
		id: 'x',
		title: 'Rzeki',
		description: 'Opis',
		language: 'pl',
		source,
		topics: [{ id: 't', label: 'Temat' }],
		questions,
		cards
	};
}

function problems(raw: unknown, text = SOURCE): string[] {
	const r = validateBank(raw, text, FILE);
	return r.ok ? [] : r.problems.map(formatProblem);
}

describe('bank with a text', () => {
	it('demands evidence of every question and card, and an explanation of every question', () => {
		expect(problems(bank('source.md', [question()], [card()]))).toEqual([
			'questions/x/bank.yaml: q-wisla: evidence is missing: every item quotes source.md (or the bank declares source: none)',
			'questions/x/bank.yaml: c-odra: evidence is missing: every item quotes source.md (or the bank declares source: none)',
			'questions/x/bank.yaml: q-wisla: explanation is missing: every question of a bank with a text explains its answer'
		]);
	});

	it('refuses a blank explanation as missing', () => {
		const q = question({ evidence: 'Wisła ma 1047 kilometrów', explanation: '   ' });
		expect(problems(bank('source.md', [q]))).toEqual([
			'questions/x/bank.yaml: q-wisla: explanation is missing: every question of a bank with a text explains its answer'
		]);
	});

	it('still looks every quote up in the text', () => {
		const q = question({ evidence: 'Wisła ma 2000 kilometrów', explanation: 'Tak.' });
		expect(problems(bank('source.md', [q]))).toEqual([
			'questions/x/bank.yaml: q-wisla: evidence "Wisła ma 2000 kilometrów" not found in source.md'
		]);
	});

	it('the build names file, item and rule when a built-in bank lacks evidence', () => {
		const yaml = stringify(bank('source.md', [question({ explanation: 'Tak.' })]));
		expect(() => parseBank('questions/x', yaml, () => SOURCE)).toThrow(
			'questions/x/bank.yaml: q-wisla: evidence is missing: every item quotes source.md (or the bank declares source: none)'
		);
	});
});

describe('bank declaring source: none', () => {
	it('validates items with no evidence and no explanation, with no text blocks', () => {
		const r = validateBank(bank(NO_SOURCE, [question()], [card()]), '', FILE);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.loaded.blocks).toEqual([]);
		expect(r.loaded.evidence).toEqual({});
		expect(r.loaded.bank.questions[0]).toEqual({
			...question(),
			options: [
				{ text: 'Wisła', correct: true },
				{ text: 'Odra', correct: false }
			],
			explanation: ''
		});
		expect(hasSourceText(r.loaded.bank)).toBe(false);
	});

	it('keeps quotes it carries without looking them up, and numeric written forms unchecked', () => {
		const numeric = {
			id: 'q-dlugosc',
			type: 'numeric',
			prompt: 'Ile km?',
			answer: 1047,
			tolerance: 0,
			written: ['tysiąc czterdzieści siedem'],
			topics: ['t'],
			difficulty: 2
		};
		const raw = bank(NO_SOURCE, [question({ evidence: 'zdanie spoza tekstu' }), numeric]);
		expect(problems(raw, '')).toEqual([]);
	});

	it('applies every other rule', () => {
		const q = question({ options: [{ text: 'Wisła' }, { text: 'Odra' }] });
		const raw = bank(NO_SOURCE, [q], [card({ id: 'q-wisla', topics: ['brak'] })]);
		expect(problems(raw, '')).toEqual([
			'questions/x/bank.yaml: q-wisla: id is not unique (powtarza się w zestawie)',
			'questions/x/bank.yaml: q-wisla: topic "brak" is not defined in topics',
			'questions/x/bank.yaml: q-wisla: single must have exactly one correct option (ma 0)'
		]);
	});

	it('a built-in bank folder with source: none reads no source file', () => {
		const yaml = stringify(bank(NO_SOURCE, [question()]));
		const read: string[] = [];
		const loaded = parseBank('questions/x', yaml, (name) => {
			read.push(name);
			return undefined;
		});
		expect(read).toEqual([]);
		expect(loaded.bank.source).toBe(NO_SOURCE);
	});
});

describe('single-file form without a text', () => {
	const value = { kartkowka: 1, ...bank(NO_SOURCE, [question()], [card()]) };

	it('reads source: none with no text field; the text is empty', () => {
		const r = parseBankFileValue(value, 'rzeki.json');
		expect(r.ok && r.text).toBe('');
		expect(r.ok && r.loaded.bank.source).toBe(NO_SOURCE);
	});

	it('refuses a text next to source: none', () => {
		const r = parseBankFileValue({ ...value, text: SOURCE }, 'rzeki.json');
		expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
			'rzeki.json: bank: field text does not belong in a bank with source: none'
		]);
	});

	it('writes source: none, no text and no empty explanations, and reads back the same bank', () => {
		const first = parseBankFileValue(value, 'rzeki.json');
		if (!first.ok) throw new Error('not valid');
		const written = toBankFileValue(first.loaded.bank, '');
		expect(written).toEqual({
			kartkowka: 1,
			id: 'x',
			title: 'Rzeki',
			description: 'Opis',
			language: 'pl',
			source: 'none',
			topics: [{ id: 't', label: 'Temat' }],
			questions: [question()],
			cards: [card()]
		});
		const again = parseBankFile(serialiseBankFile(first.loaded.bank, ''), 'x.yaml');
		expect(again.ok && again.loaded.bank).toEqual(first.loaded.bank);
	});
});

describe('bank stored on the device', () => {
	const stored = (source: string, text: string) => ({
		bank: { ...bank(source, [question()]), id: 'moj-x' },
		text,
		addedAt: 1,
		updatedAt: 1
	});

	it('holds a bank without a text with an empty text', () => {
		expect(v.safeParse(LocalBankRecordSchema, stored(NO_SOURCE, '')).success).toBe(true);
	});

	it('refuses a text beside source: none, and an empty text beside a bank with one', () => {
		expect(v.safeParse(LocalBankRecordSchema, stored(NO_SOURCE, SOURCE)).success).toBe(false);
		const withText = stored('text', '');
		expect(v.safeParse(LocalBankRecordSchema, withText).success).toBe(false);
	});
});

describe('problems in Polish', () => {
	it('words the rules of the two forms for a teacher', () => {
		expect(
			[
				'evidence is missing: every item quotes text (or the bank declares source: none)',
				'explanation is missing: every question of a bank with a text explains its answer',
				'field text does not belong in a bank with source: none'
			].map(polishRule)
		).toEqual([
			'brak cytatu (evidence): w zestawie z tekstem każde pytanie i fiszka cytuje tekst, na którym się opiera',
			'brak wyjaśnienia (explanation): w zestawie z tekstem każde pytanie wyjaśnia odpowiedź',
			'pole text nie należy do zestawu bez tekstu (source: none): usuń jedno albo drugie'
		]);
	});
});
