import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadAllBanks, loadBankDir } from '../../src/lib/bank/fs';
import { parseBank } from '../../src/lib/bank/parse';
import { findQuote, parseSource } from '../../src/lib/bank/source';
import { formatProblem, validateBank } from '../../src/lib/bank/validate';

const SOURCE = `Pierwszy akapit o granicy: 7598 kilometrów.

## Nagłówek sekcji

Drugi   akapit,
łamany w środku. Trzecie zdanie.`;

const FILE = 'questions/x/bank.yaml';

function bank(overrides: Record<string, unknown> = {}) {
	return {
		id: 'x',
		title: 'Tytuł',
		description: 'Opis',
		language: 'pl',
		source: 'source.md',
		topics: [{ id: 't', label: 'Temat' }],
		questions: [
			{
				id: 'q-granica',
				type: 'numeric',
				prompt: 'Ile km?',
				answer: 7598,
				tolerance: 0,
				unit: 'km',
				evidence: '7598 kilometrów',
				explanation: 'Tak jest w tekście.',
				topics: ['t'],
				difficulty: 1
			}
		],
		cards: [
			{ id: 'c-1', front: 'Pytanie?', back: 'Odpowiedź', evidence: 'Drugi akapit', topics: ['t'] }
		],
		...overrides
	};
}

const q = (extra: Record<string, unknown>) => ({
	id: 'q-test',
	prompt: 'Pytanie?',
	evidence: 'Trzecie zdanie.',
	explanation: 'Wyjaśnienie.',
	topics: ['t'],
	difficulty: 2,
	...extra
});

function problems(raw: unknown): string[] {
	const r = validateBank(raw, SOURCE, FILE);
	return r.ok ? [] : r.problems.map(formatProblem);
}

function withQuestion(extra: Record<string, unknown>) {
	const b = bank();
	return { ...b, questions: [...b.questions, q(extra)] };
}

describe('source.md parser', () => {
	it('splits headings and paragraphs, numbering each kind and collapsing whitespace', () => {
		expect(parseSource(SOURCE)).toEqual([
			{
				kind: 'paragraph',
				anchor: 'p-1',
				n: 1,
				text: 'Pierwszy akapit o granicy: 7598 kilometrów.'
			},
			{ kind: 'heading', anchor: 's-1', n: 1, text: 'Nagłówek sekcji' },
			{
				kind: 'paragraph',
				anchor: 'p-2',
				n: 2,
				text: 'Drugi akapit, łamany w środku. Trzecie zdanie.'
			}
		]);
	});
	it('finds a quote across a line break', () => {
		expect(findQuote(parseSource(SOURCE), 'akapit,\n łamany')?.anchor).toBe('p-2');
	});
});

describe('validateBank', () => {
	it('accepts a correct bank and records where each evidence stands', () => {
		const r = validateBank(bank(), SOURCE, FILE);
		expect(r.ok).toBe(true);
		if (r.ok)
			expect(r.loaded.evidence).toEqual({
				'q-granica': [{ anchor: 'p-1', quote: '7598 kilometrów' }],
				'c-1': [{ anchor: 'p-2', quote: 'Drugi akapit' }]
			});
	});

	// Reading and re-serialising the real bank takes seconds on a busy machine.
	it('accepts the real bank', { timeout: 30_000 }, () => {
		const [loaded] = loadAllBanks(process.cwd());
		expect(loaded?.bank.id).toBe('kazachstan-2022-11');
	});

	it('rejects evidence missing from the source, naming file, id and rule', () => {
		const b = bank();
		b.questions[0]!.evidence = '7599 kilometrów';
		expect(problems(b)).toEqual([
			'questions/x/bank.yaml: q-granica: evidence "7599 kilometrów" not found in source.md'
		]);
	});

	it('rejects duplicate ids across questions and cards', () => {
		const b = bank();
		b.cards[0]!.id = 'q-granica';
		expect(problems(b)).toEqual([
			'questions/x/bank.yaml: q-granica: id is not unique (powtarza się w zestawie)'
		]);
	});

	it('rejects an unknown topic', () => {
		const b = bank();
		b.cards[0]!.topics = ['nieznany'];
		expect(problems(b)).toEqual([
			'questions/x/bank.yaml: c-1: topic "nieznany" is not defined in topics'
		]);
	});

	it('rejects single with two correct options', () => {
		const raw = withQuestion({
			type: 'single',
			options: [
				{ text: 'A', correct: true },
				{ text: 'B', correct: true }
			]
		});
		expect(problems(raw)).toEqual([
			'questions/x/bank.yaml: q-test: single must have exactly one correct option (ma 2)'
		]);
	});

	it('rejects multiple with one correct option', () => {
		const raw = withQuestion({
			type: 'multiple',
			options: [{ text: 'A', correct: true }, { text: 'B' }, { text: 'C' }]
		});
		expect(problems(raw)).toEqual([
			'questions/x/bank.yaml: q-test: multiple must have at least two correct options (ma 1)'
		]);
	});

	it('rejects repeated options', () => {
		const raw = withQuestion({
			type: 'single',
			options: [{ text: 'A', correct: true }, { text: 'B' }, { text: 'b' }]
		});
		expect(problems(raw)).toEqual(['questions/x/bank.yaml: q-test: options must be unique']);
	});

	it('rejects excludes naming the question itself or a missing question', () => {
		const raw = withQuestion({
			type: 'true-false',
			answer: true,
			excludes: ['q-test', 'q-nie-ma']
		});
		expect(problems(raw)).toEqual([
			'questions/x/bank.yaml: q-test: excludes must not name the question itself',
			'questions/x/bank.yaml: q-test: excludes: question "q-nie-ma" does not exist'
		]);
		expect(
			problems(withQuestion({ type: 'true-false', answer: true, excludes: ['q-granica'] }))
		).toEqual([]);
	});

	it('rejects a numeric written form that the evidence does not quote', () => {
		const b = bank();
		Object.assign(b.questions[0]!, { written: ['7598 kilometrów', '7 598 km'] });
		expect(problems(b)).toEqual([
			'questions/x/bank.yaml: q-granica: written "7 598 km" is not quoted in the evidence'
		]);
	});

	it('rejects match with fewer than 3 pairs', () => {
		const raw = withQuestion({
			type: 'match',
			pairs: [
				{ left: 'a', right: '1' },
				{ left: 'b', right: '2' }
			]
		});
		expect(problems(raw)).toEqual([
			'questions/x/bank.yaml: q-test: match needs at least 3 pairs (ma 2)'
		]);
	});

	it('rejects order with fewer than 3 items', () => {
		expect(problems(withQuestion({ type: 'order', items: ['a', 'b'] }))).toEqual([
			'questions/x/bank.yaml: q-test: order needs at least 3 items (ma 2)'
		]);
	});

	it('rejects a negative numeric tolerance', () => {
		expect(
			problems(withQuestion({ type: 'numeric', answer: 5, tolerance: -1, unit: 'km' }))
		).toEqual(['questions/x/bank.yaml: q-test: numeric tolerance must be >= 0']);
	});

	it('rejects cloze without gaps, and gaps that do not match the text', () => {
		expect(problems(withQuestion({ type: 'cloze', text: 'Bez luk.', gaps: [] }))).toEqual([
			'questions/x/bank.yaml: q-test: cloze needs at least 1 gap'
		]);
		expect(
			problems(withQuestion({ type: 'cloze', text: 'Luka {1} i {3}.', gaps: [['a'], ['b']] }))
		).toEqual([
			'questions/x/bank.yaml: q-test: cloze text must hold gaps {1}…{2}, each once (ma: {1}, {3})'
		]);
	});

	it('rejects difficulty outside 1–3 and an unknown type through the schema', () => {
		expect(problems(withQuestion({ type: 'true-false', answer: true, difficulty: 4 }))).toEqual([
			'questions/x/bank.yaml: q-test: difficulty: difficulty musi wynosić 1, 2 albo 3'
		]);
		expect(problems(withQuestion({ type: 'essay' }))).toEqual([
			'questions/x/bank.yaml: q-test: type: type musi być jednym z: single, multiple, true-false, short, numeric, match, order, cloze'
		]);
	});

	it('rejects a missing field and a non-slug id', () => {
		const b = bank();
		delete (b.cards[0] as Partial<(typeof b.cards)[0]>).back;
		expect(problems(b)[0]).toMatch(/^questions\/x\/bank\.yaml: c-1: back: /);
		const c = bank();
		c.cards[0]!.id = 'Zła Nazwa';
		expect(problems(c)).toEqual([
			'questions/x/bank.yaml: Zła Nazwa: id: id musi być slugiem (małe litery, cyfry, myślniki)'
		]);
	});

	it('rejects a cloze card without a gap', () => {
		const b = bank();
		(b.cards[0] as Record<string, unknown>).kind = 'cloze';
		expect(problems(b)).toEqual([
			'questions/x/bank.yaml: c-1: cloze card front must contain a gap "___"'
		]);
	});
});

describe('parseBank', () => {
	it('fails on broken YAML, naming the file', () => {
		expect(() => parseBank('questions/x', 'id: [', () => SOURCE)).toThrow(
			/^questions\/x\/bank\.yaml: bank: YAML error/
		);
	});

	it('fails when one evidence quote of the real bank is changed', { timeout: 30_000 }, () => {
		const dir = 'questions/kazachstan-2022-11';
		const raw = parse(readFileSync(`${dir}/bank.yaml`, 'utf8'));
		const item = raw.questions.find((x: { id: string }) => x.id === 'q-granica');
		item.evidence = 'Mamy najkrótszą granicę lądową na świecie';
		const source = readFileSync(`${dir}/source.md`, 'utf8');
		expect(() => parseBank(dir, stringify(raw), () => source)).toThrow(
			'questions/kazachstan-2022-11/bank.yaml: q-granica: evidence "Mamy najkrótszą granicę lądową na świecie" not found in source.md'
		);
		expect(loadBankDir(process.cwd(), 'kazachstan-2022-11').bank.questions.length).toBeGreaterThan(
			0
		);
	});
});
