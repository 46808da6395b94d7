/**
 * The stored record of a bank on the device (storage kind `banks`, key = the bank's id).
 * Read back through the same validator as the build: a record whose evidence is no longer
 * verbatim in its text, or that breaks any other rule, is unreadable and skipped.
 */
import * as v from 'valibot';
import { BankSchema } from '../bank/schema';
import { hasSourceText } from '../bank/source';
import { formatProblem, validateBank } from '../bank/validate';
import { TEXT_FIELD } from './format';
import { isLocalId } from './ids';

export const LocalBankRecordSchema = v.pipe(
	v.strictObject({
		/** The bank; its id starts with `moj-` and equals the record's key. */
		bank: BankSchema,
		/** The text its items rest on, exactly as imported; '' for a bank with `source: none`. */
		text: v.string(),
		/** When it was first stored on this device, ms since epoch. */
		addedAt: v.number(),
		/** When it was last stored (added or replaced), ms since epoch; newer wins on import. */
		updatedAt: v.number()
	}),
	v.check((r) => isLocalId(r.bank.id), 'id zestawu na urządzeniu musi zaczynać się od „moj-”'),
	v.check(
		({ bank, text }) => (hasSourceText(bank) ? text.trim() !== '' : text === ''),
		'brak tekstu (albo tekst w zestawie bez tekstu, source: none)'
	),
	v.check(
		({ bank, text }) => validateBank(bank, text, bank.id, TEXT_FIELD).ok,
		({ input: { bank, text } }) => {
			const result = validateBank(bank, text, bank.id, TEXT_FIELD);
			return `zestaw łamie regułę: ${result.ok ? '?' : formatProblem(result.problems[0]!)}`;
		}
	)
);

export type LocalBankRecord = v.InferOutput<typeof LocalBankRecordSchema>;
