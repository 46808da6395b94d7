/**
 * "Usuń zestaw" for a bank on the device: asks first, offers a backup (which carries the
 * device's banks), and removes the bank with or without its progress.
 */
import { backupFileName, serializeBackup } from '$lib/storage/backup';
import { storage } from '$lib/storage';
import { downloadText } from './download';
import { banksChanged } from './hydration';
import { banks } from './index';
import { banksText } from './strings';

const text = banksText.remove;

export type DeleteStep = 'idle' | 'confirming' | 'deleting' | 'deleted';

export class BankDelete {
	#step = $state<DeleteStep>('idle');
	#message = $state('');
	#backupMessage = $state('');

	get step() {
		return this.#step;
	}
	/** Outcome of the deletion, in Polish. */
	get message() {
		return this.#message;
	}
	/** Outcome of the backup, in Polish. */
	get backupMessage() {
		return this.#backupMessage;
	}

	ask() {
		this.#step = 'confirming';
		this.#message = '';
	}
	cancel() {
		this.#step = 'idle';
	}

	/** Downloads a backup of everything on the device, local banks included. */
	async backup(now: Date): Promise<void> {
		const file = await storage.exportBackup(now);
		const name = backupFileName(now);
		downloadText(name, serializeBackup(file), 'application/json');
		this.#backupMessage = text.backupDone(name);
	}

	/**
	 * Removes the bank `id` (and its progress when `withProgress`).
	 * @returns true when the bank is gone
	 */
	async remove(id: string, title: string, withProgress: boolean): Promise<boolean> {
		this.#step = 'deleting';
		const progressOk = withProgress ? (await storage.resetBank(id)).ok : true;
		const ok = progressOk && (await banks.deleteLocal(id));
		if (!ok) {
			this.#message = text.failed;
			this.#step = 'confirming';
			return false;
		}
		await banksChanged();
		this.#message = text.done(title);
		this.#step = 'deleted';
		return true;
	}
}
