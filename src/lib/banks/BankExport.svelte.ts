/** "Eksportuj zestaw": writes any bank, built-in or local, as one bank file. */
import { downloadText } from './download';
import { banks } from './index';
import { banksText } from './strings';

export class BankExport {
	#message = $state('');
	#busy = $state(false);

	/** What happened, in Polish, for a live region. */
	get message() {
		return this.#message;
	}
	get busy() {
		return this.#busy;
	}

	async run(id: string): Promise<void> {
		this.#busy = true;
		try {
			const found = await banks.get(id);
			if (!found) throw new Error(id);
			// The YAML writer is loaded only when a bank is exported.
			const { bankFileName, serialiseBankFile } = await import('./file');
			const name = bankFileName(found.bank);
			downloadText(name, serialiseBankFile(found.bank, found.text), 'application/yaml');
			this.#message = banksText.export.done(name);
		} catch {
			this.#message = banksText.export.failed;
		} finally {
			this.#busy = false;
		}
	}
}
