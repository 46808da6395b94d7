import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBankFile } from '../../src/lib/banks/file';

describe("the classroom tests' own bank file", () => {
	it('is a valid bank file by the documented format', () => {
		const result = parseBankFile(
			readFileSync('tests/fixtures/classroom/wisla.yaml', 'utf8'),
			'wisla.yaml'
		);
		expect(result.ok && result.loaded.bank.questions.map((q) => q.id)).toEqual([
			'q-dlugosc',
			'q-zrodlo',
			'q-ujscie',
			'q-najdluzsza',
			'q-bug'
		]);
	});
});
