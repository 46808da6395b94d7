/**
 * The single-file form of a bank: one object carrying the bank's text and its items, for
 * sharing a bank by e-mail, messenger or a USB stick. The same object, as JSON, is the data
 * file the build emits for every built-in bank (`/banks/<id>.json`). Pure: parsing the file's
 * characters (YAML or JSON) happens in `file.ts`.
 *
 * Format 1: the fields of `bank.yaml` except `source`, plus
 * - `kartkowka: 1` — marks a Kartkówka bank file and names the format's version;
 * - `text` — the whole text, exactly as `source.md` would hold it;
 * or, for a bank without a text (imported from another app), `source: none` instead of
 * `text` (then evidence and explanations are optional; `text` of the result is '').
 */
import { hasSourceText, NO_SOURCE } from '../bank/source';
import { validateBank, type BankProblem } from '../bank/validate';
import type { Bank, LoadedBank } from '../bank/types';

/** Version of the single-file form written by this app. */
export const BANK_FILE_FORMAT = 1;
/** Field holding the format version; its presence marks a bank file. */
export const FORMAT_FIELD = 'kartkowka';
/** Field holding the text. Messages about evidence name it ("not found in text"). */
export const TEXT_FIELD = 'text';

export type BankFileResult =
	{ ok: true; loaded: LoadedBank; text: string } | { ok: false; problems: BankProblem[] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates a parsed bank file with the same validator as the build.
 * @param value the file's content, parsed from YAML or JSON
 * @param file the file's name, used in messages
 */
export function parseBankFileValue(value: unknown, file: string): BankFileResult {
	const fail = (rule: string): BankFileResult => ({
		ok: false,
		problems: [{ file, id: 'bank', rule }]
	});
	if (!isPlainObject(value) || !(FORMAT_FIELD in value)) {
		return fail(`not a bank file: field ${FORMAT_FIELD}: ${BANK_FILE_FORMAT} is missing`);
	}
	const { [FORMAT_FIELD]: format, [TEXT_FIELD]: text, ...rest } = value;
	if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) {
		return fail(`field ${FORMAT_FIELD} must be a format number (${BANK_FILE_FORMAT})`);
	}
	if (format > BANK_FILE_FORMAT) {
		return fail(`format ${format} is newer than this app reads (${BANK_FILE_FORMAT})`);
	}
	if (rest.source === NO_SOURCE) {
		if (text !== undefined) {
			return fail(`field ${TEXT_FIELD} does not belong in a bank with source: ${NO_SOURCE}`);
		}
		const result = validateBank(rest, '', file, TEXT_FIELD);
		return result.ok ? { ok: true, loaded: result.loaded, text: '' } : result;
	}
	if (typeof text !== 'string' || !text.trim()) {
		return fail(`field ${TEXT_FIELD} (the text the items rest on) is missing or empty`);
	}
	if ('source' in rest) {
		return fail(`field source does not belong in a bank file: the text goes in ${TEXT_FIELD}`);
	}
	const result = validateBank({ ...rest, source: TEXT_FIELD }, text, file, TEXT_FIELD);
	return result.ok ? { ok: true, loaded: result.loaded, text } : result;
}

/** Drops fields that equal their defaults, so an exported file reads like a hand-made one. */
function withoutDefaults(bank: Bank) {
	return {
		questions: bank.questions.map((question) => {
			const q = { ...question };
			if (q.explanation === '') delete (q as Partial<typeof q>).explanation;
			if (q.type === 'single' || q.type === 'multiple') {
				return {
					...q,
					options: q.options.map((o) => (o.correct ? o : { text: o.text }))
				};
			}
			if (q.type === 'numeric' && q.unit === '') {
				const rest: Partial<typeof q> = { ...q };
				delete rest.unit;
				return rest;
			}
			return q;
		}),
		cards: bank.cards.map((c) => {
			if (c.kind !== 'basic') return c;
			const rest: Partial<typeof c> = { ...c };
			delete rest.kind;
			return rest;
		})
	};
}

/**
 * The bank file of `bank` with its `text`, fields in the documented order.
 * @param id the id written into the file (see `fileIdFor`: a local bank's id loses `moj-`)
 */
export function toBankFileValue(bank: Bank, text: string, id = bank.id): Record<string, unknown> {
	const { questions, cards } = withoutDefaults(bank);
	return {
		[FORMAT_FIELD]: BANK_FILE_FORMAT,
		id,
		title: bank.title,
		description: bank.description,
		language: bank.language,
		...(bank.attribution ? { attribution: bank.attribution } : {}),
		...(bank.date ? { date: bank.date } : {}),
		...(hasSourceText(bank) ? {} : { source: NO_SOURCE }),
		topics: bank.topics,
		questions,
		cards,
		...(hasSourceText(bank) ? { [TEXT_FIELD]: text } : {})
	};
}

/**
 * True when a chosen file is a Kartkówka bank file rather than another app's export: its name
 * ends in `.yaml`, `.yml` or `.json`, or its first characters hold the `kartkowka` field.
 * @param head the file's first few kilobytes as text
 */
export function looksLikeBankFile(name: string, head: string): boolean {
	if (/\.(ya?ml|json)$/i.test(name)) return true;
	return new RegExp(`^\\s*["']?${FORMAT_FIELD}["']?\\s*:|"${FORMAT_FIELD}"\\s*:`, 'm').test(head);
}

/** `looksLikeBankFile` for a chosen file: reads only its first 4 KB. */
export async function isBankFile(file: Blob & { name: string }): Promise<boolean> {
	if (looksLikeBankFile(file.name, '')) return true;
	const head = new TextDecoder('utf-8').decode(await file.slice(0, 4096).arrayBuffer());
	return looksLikeBankFile(file.name, head);
}
