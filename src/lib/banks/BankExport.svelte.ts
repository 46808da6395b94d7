/**
 * "Eksportuj zestaw": writes any bank, built-in or local, as a Kartkówka bank file or for
 * another app (GIFT, Moodle XML, Aiken, Anki, Quizlet, Kahoot, CSV), and says what the format
 * left out. The YAML writer and the interop writers are loaded only when a bank is exported.
 */
import type { ExportFormat, InteropBank } from '$lib/interop';
import { hasSourceText } from '../bank/source';
import { downloadBlob, downloadText } from './download';
import { fileIdFor } from './ids';
import { banks, type RepoBank } from './index';
import { banksText } from './strings';

/** A format of the menu: the bank file, or one of another app's. */
export type BankExportFormat = 'kartkowka' | ExportFormat;

/** The menu's formats, in the order shown. */
export const EXPORT_FORMATS: readonly BankExportFormat[] = [
	'kartkowka',
	'gift',
	'moodle-xml',
	'aiken',
	'anki-text',
	'anki-apkg',
	'quizlet',
	'kahoot-xlsx',
	'csv'
];

/** A bank as the interop writers take it; a local bank's id loses `moj-` in file names. */
export function interopBankOf({ bank, text }: RepoBank): InteropBank {
	return {
		id: fileIdFor(bank.id),
		title: bank.title,
		description: bank.description,
		topics: bank.topics,
		questions: bank.questions,
		cards: bank.cards,
		...(hasSourceText(bank) ? { text } : {})
	};
}

const t = banksText.export;

export class BankExport {
	#message = $state('');
	#leftOut = $state<string[]>([]);
	#notes = $state<string[]>([]);
	#busy = $state(false);

	/** What happened, in Polish, for a live region. */
	get message() {
		return this.#message;
	}
	/** What the format could not carry, one line per reason. */
	get leftOut(): readonly string[] {
		return this.#leftOut;
	}
	/** Items written with a loss (shortened for Kahoot, …), one line each. */
	get notes(): readonly string[] {
		return this.#notes;
	}
	get busy() {
		return this.#busy;
	}

	/**
	 * Downloads bank `id` in `format`.
	 * @param now ms since epoch (ids inside an `.apkg`)
	 */
	async run(id: string, format: BankExportFormat = 'kartkowka', now = Date.now()): Promise<void> {
		this.#busy = true;
		this.#message = '';
		this.#leftOut = [];
		this.#notes = [];
		try {
			const found = await banks.get(id);
			if (!found) throw new Error(id);
			if (format === 'kartkowka') {
				const { bankFileName, serialiseBankFile } = await import('./file');
				const name = bankFileName(found.bank);
				downloadText(name, serialiseBankFile(found.bank, found.text), 'application/yaml');
				this.#message = t.done(name);
				return;
			}
			const { exportBank, exportBlob, exportReport } = await import('$lib/interop');
			const result = await exportBank(interopBankOf(found), format, { now });
			downloadBlob(result.fileName, exportBlob(result));
			const report = exportReport(result);
			this.#leftOut = report.leftOut;
			this.#notes = report.notes;
			this.#message = t.doneFor(result.fileName);
		} catch {
			this.#message = t.failed;
		} finally {
			this.#busy = false;
		}
	}
}
