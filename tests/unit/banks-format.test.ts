import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInBanks } from '../../src/lib/banks/builtin';
import { bankFileName, parseBankFile, serialiseBankFile } from '../../src/lib/banks/file';
import { parseBankFileValue, toBankFileValue } from '../../src/lib/banks/format';
import { fileIdFor, freeId, isLocalId, localIdFor } from '../../src/lib/banks/ids';
import { formatProblem } from '../../src/lib/bank/validate';
import { realBank, realBankFile, SMALL_YAML, TEXT } from './banks-fixtures';

function problemsOf(result: ReturnType<typeof parseBankFile>): string[] {
	return result.ok ? [] : result.problems.map(formatProblem);
}

describe('single-file bank form', () => {
	it('reads a hand-made YAML file: the bank, its text and where each quote stands', () => {
		const result = parseBankFile(SMALL_YAML, 'rzeki.yaml');
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.text).toBe(TEXT);
		expect(result.loaded.bank).toEqual({
			id: 'rzeki',
			title: 'Rzeki',
			description: 'Krótki zestaw do testów.',
			language: 'pl',
			source: 'text',
			attribution: '',
			date: '',
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
				},
				{
					id: 'q-wybor',
					type: 'single',
					prompt: 'Który akapit jest drugi?',
					options: [
						{ text: 'Drugi akapit', correct: true },
						{ text: 'Pierwszy akapit', correct: false }
					],
					evidence: 'Drugi akapit',
					explanation: 'Tak jest w tekście.',
					topics: ['t'],
					difficulty: 2
				}
			],
			cards: [
				{
					id: 'c-1',
					front: 'Pytanie?',
					back: 'Odpowiedź',
					kind: 'basic',
					evidence: 'Trzecie zdanie.',
					topics: ['t']
				}
			]
		});
		expect(result.loaded.evidence).toEqual({
			'q-granica': [{ anchor: 'p-1', quote: '7598 kilometrów' }],
			'q-wybor': [{ anchor: 'p-2', quote: 'Drugi akapit' }],
			'c-1': [{ anchor: 'p-2', quote: 'Trzecie zdanie.' }]
		});
	});

	it('reads the same bank written as JSON', () => {
		const yaml = parseBankFile(SMALL_YAML, 'rzeki.yaml');
		if (!yaml.ok) throw new Error('fixture');
		const json = parseBankFile(
			JSON.stringify(toBankFileValue(yaml.loaded.bank, yaml.text)),
			'rzeki.json'
		);
		expect(json).toEqual(yaml);
	});

	it('export → import gives an identical bank (small bank, real bank, a local bank)', () => {
		const small = parseBankFile(SMALL_YAML, 'rzeki.yaml');
		if (!small.ok) throw new Error('fixture');
		const real = parseBankFileValue(realBankFile(), 'kazachstan-2022-11.json');
		if (!real.ok) throw new Error(problemsOf(real).join('\n'));
		const local = { ...small.loaded.bank, id: 'moj-rzeki' };
		for (const { bank, text } of [
			{ bank: small.loaded.bank, text: small.text },
			{ bank: real.loaded.bank, text: real.text }
		]) {
			const again = parseBankFile(serialiseBankFile(bank, text), bankFileName(bank));
			expect(again.ok && again.text).toBe(text);
			expect(again.ok && again.loaded.bank).toEqual(bank);
		}
		// A local bank's file carries its id without `moj-`; importing it gives `moj-` back.
		const file = serialiseBankFile(local, small.text);
		expect(bankFileName(local)).toBe('rzeki.yaml');
		const back = parseBankFile(file, 'rzeki.yaml');
		if (!back.ok) throw new Error('round trip');
		expect({ ...back.loaded.bank, id: localIdFor(back.loaded.bank.id) }).toEqual(local);
	}, 30_000);

	it('the real bank through its data file equals the bank the build validated', () => {
		const { loaded, text } = realBank();
		const viaFile = parseBankFileValue(realBankFile(), 'x.json');
		expect(viaFile).toEqual({
			ok: true,
			loaded: { ...loaded, bank: { ...loaded.bank, source: 'text' } },
			text
		});
	}, 30_000);

	it('writes an exported file without default fields, in the documented order', () => {
		const small = parseBankFile(SMALL_YAML, 'rzeki.yaml');
		if (!small.ok) throw new Error('fixture');
		const value = toBankFileValue(small.loaded.bank, small.text);
		expect(Object.keys(value)).toEqual([
			'kartkowka',
			'id',
			'title',
			'description',
			'language',
			'topics',
			'questions',
			'cards',
			'text'
		]);
		expect((value.questions as { options?: unknown }[])[1]!.options).toEqual([
			{ text: 'Drugi akapit', correct: true },
			{ text: 'Pierwszy akapit' }
		]);
		expect((value.cards as { kind?: unknown }[])[0]).not.toHaveProperty('kind');
	});

	it('rejects what is not a bank file, naming the file and the rule', () => {
		expect(problemsOf(parseBankFile('a: [1, 2', 'zly.yaml'))[0]).toMatch(
			/^zly\.yaml: bank: YAML error: /
		);
		expect(problemsOf(parseBankFile('- 1\n- 2\n', 'lista.yaml'))).toEqual([
			'lista.yaml: bank: not a bank file: field kartkowka: 1 is missing'
		]);
		expect(problemsOf(parseBankFile('{}', 'pusty.json'))).toEqual([
			'pusty.json: bank: not a bank file: field kartkowka: 1 is missing'
		]);
		const withFormat = (n: unknown) => SMALL_YAML.replace('kartkowka: 1', `kartkowka: ${n}`);
		expect(problemsOf(parseBankFile(withFormat(2), 'f.yaml'))).toEqual([
			'f.yaml: bank: format 2 is newer than this app reads (1)'
		]);
		expect(problemsOf(parseBankFile(withFormat('"1"'), 'f.yaml'))).toEqual([
			'f.yaml: bank: field kartkowka must be a format number (1)'
		]);
		const noText = SMALL_YAML.slice(0, SMALL_YAML.indexOf('text: |'));
		expect(problemsOf(parseBankFile(noText, 'f.yaml'))).toEqual([
			'f.yaml: bank: field text (the text the items rest on) is missing or empty'
		]);
		expect(problemsOf(parseBankFile(`${SMALL_YAML}source: source.md\n`, 'f.yaml'))).toEqual([
			'f.yaml: bank: field source does not belong in a bank file: the text goes in text'
		]);
	});

	it('rejects evidence that is not verbatim in the text, with the build’s rule', () => {
		const changed = SMALL_YAML.replace('evidence: Trzecie zdanie.', 'evidence: Czwarte zdanie.');
		expect(problemsOf(parseBankFile(changed, 'f.yaml'))).toEqual([
			'f.yaml: c-1: evidence "Czwarte zdanie." not found in text'
		]);
	});
});

describe('built-in banks from questions/', () => {
	const folder = {
		'questions/x/bank.yaml': `id: x\ntitle: T\ndescription: D\nlanguage: pl\nsource: source.md\ntopics: [{ id: t, label: L }]\nquestions: []\ncards: [{ id: c-1, front: F, back: B, evidence: Trzecie zdanie., topics: [t] }]\n`,
		'questions/x/source.md': TEXT
	};

	it('accepts the folder form and the single-file form side by side, sorted by id', () => {
		const banks = builtInBanks({ ...folder, 'questions/rzeki.yaml': SMALL_YAML });
		expect(banks.map((b) => [b.loaded.bank.id, b.file, b.text])).toEqual([
			['rzeki', 'questions/rzeki.yaml', TEXT],
			['x', 'questions/x/bank.yaml', TEXT]
		]);
	});

	it('fails naming file, id and rule: wrong file name, reserved prefix, repeated id, bad item', () => {
		const renamed = SMALL_YAML.replace('id: rzeki', 'id: moj-rzeki');
		const broken = SMALL_YAML.replace('difficulty: 2', 'difficulty: 5');
		let message = '';
		try {
			builtInBanks({
				...folder,
				'questions/inne.yaml': SMALL_YAML,
				'questions/moj-rzeki.yaml': renamed,
				'questions/x.yaml': SMALL_YAML.replace('id: rzeki', 'id: x'),
				'questions/zle.yaml': broken.replace('id: rzeki', 'id: zle')
			});
		} catch (e) {
			message = (e as Error).message;
		}
		expect(message.split('\n')).toEqual([
			'questions/inne.yaml: bank: id "rzeki" must equal the file name "inne"',
			'questions/zle.yaml: q-wybor: difficulty: difficulty musi wynosić 1, 2 albo 3',
			'questions/moj-rzeki.yaml: bank: id "moj-rzeki": the prefix "moj-" is reserved for banks on the device',
			'questions/x/bank.yaml: bank: id "x" is also the id of questions/x.yaml'
		]);
	});
});

describe('local bank ids', () => {
	it('never collide with built-in ones', () => {
		expect(localIdFor('rzeki')).toBe('moj-rzeki');
		expect(localIdFor('moj-rzeki')).toBe('moj-rzeki');
		expect(fileIdFor('moj-rzeki')).toBe('rzeki');
		expect(fileIdFor('kazachstan-2022-11')).toBe('kazachstan-2022-11');
		expect(isLocalId('moj-rzeki')).toBe(true);
		expect(isLocalId('kazachstan-2022-11')).toBe(false);
		expect(freeId('moj-rzeki', new Set())).toBe('moj-rzeki');
		expect(freeId('moj-rzeki', new Set(['moj-rzeki', 'moj-rzeki-2']))).toBe('moj-rzeki-3');
	});
});

describe('the documented example', () => {
	it('in questions/README.md is a valid bank file', () => {
		const readme = readFileSync('questions/README.md', 'utf8');
		const section = readme.slice(readme.indexOf('## One file for a whole bank'));
		const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
		const result = parseBankFile(example, 'rzeki.yaml');
		expect(problemsOf(result)).toEqual([]);
		expect(result.ok && [result.loaded.bank.id, result.loaded.blocks.length]).toEqual(['rzeki', 2]);
	});
});
