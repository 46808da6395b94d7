/**
 * Reading and writing a bank file's characters: YAML (JSON is a subset of YAML, so a JSON
 * bank file reads too). Used by the build (`questions/<id>.yaml`) and, loaded on demand, by
 * "Dodaj zestaw" and "Eksportuj zestaw" in the browser.
 */
import { parse, stringify } from 'yaml';
import { parseBankFileValue, toBankFileValue, type BankFileResult } from './format';
import { fileIdFor } from './ids';
import type { Bank } from '../bank/types';

/**
 * Parses and validates the characters of a bank file.
 * @param file the file's name, used in messages
 */
export function parseBankFile(content: string, file: string): BankFileResult {
	let value: unknown;
	try {
		// Aliases are capped (yaml's default is 100) so a small file cannot expand to gigabytes.
		value = parse(content.replace(/^\uFEFF/, ''), { prettyErrors: true, maxAliasCount: 100 });
	} catch (e) {
		return {
			ok: false,
			problems: [{ file, id: 'bank', rule: `YAML error: ${(e as Error).message}` }]
		};
	}
	return parseBankFileValue(value, file);
}

/** The bank file of `bank` as YAML; a local bank's id is written without `moj-`. */
export function serialiseBankFile(bank: Bank, text: string): string {
	return stringify(toBankFileValue(bank, text, fileIdFor(bank.id)), {
		lineWidth: 0,
		blockQuote: 'literal'
	});
}

/** `rzeki.yaml`: the exported file's name. */
export function bankFileName(bank: Bank): string {
	return `${fileIdFor(bank.id)}.yaml`;
}
