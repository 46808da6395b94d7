/**
 * Build-time only: turns the text of `bank.yaml` and its source into a validated bank.
 * The browser never imports this module (it would pull in the YAML parser).
 */
import { parse as parseYaml } from 'yaml';
import { NO_SOURCE } from './source';
import { BankError, validateBank } from './validate';
import type { LoadedBank } from './types';

/**
 * Parses and validates a bank, throwing a `BankError` that names file, id and rule.
 * @param dir the bank's folder as shown in messages, e.g. `questions/kazachstan-2022-11`
 * @param readSource returns the text of a file in the bank's folder, or undefined if missing
 */
export function parseBank(
	dir: string,
	yamlText: string,
	readSource: (name: string) => string | undefined
): LoadedBank {
	const file = `${dir}/bank.yaml`;
	let raw: unknown;
	try {
		raw = parseYaml(yamlText, { prettyErrors: true });
	} catch (e) {
		throw new BankError([{ file, id: 'bank', rule: `YAML error: ${(e as Error).message}` }]);
	}
	const sourceName =
		raw && typeof raw === 'object' && typeof (raw as { source?: unknown }).source === 'string'
			? (raw as { source: string }).source
			: 'source.md';
	// `source: none` declares a bank without a text: there is no file to read.
	const sourceText = sourceName === NO_SOURCE ? '' : readSource(sourceName);
	if (sourceText === undefined) {
		throw new BankError([{ file, id: 'bank', rule: `source file ${sourceName} not found` }]);
	}
	const folder = dir.split('/').pop();
	const result = validateBank(raw, sourceText, file, sourceName);
	if (!result.ok) throw new BankError(result.problems);
	if (result.loaded.bank.id !== folder) {
		throw new BankError([
			{
				file,
				id: 'bank',
				rule: `id "${result.loaded.bank.id}" must equal the folder name "${folder}"`
			}
		]);
	}
	return result.loaded;
}
