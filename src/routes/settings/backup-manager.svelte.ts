/**
 * The Settings page's actions on stored progress: export a backup, check and import one,
 * remove one bank's progress or everything. It owns the messages these actions show.
 */
import { downloadFile } from '$lib/download';
import { formatDateTimeLong, formatPercent } from '$lib/format';
import {
	storage,
	type ImportMode,
	type ImportPlan,
	type Snapshot,
	type Storage
} from '$lib/storage';
import { backupFileName, parseBackup, serializeBackup } from '$lib/storage/backup';
import { settingsText as t } from '$lib/storage/strings';

/** The part of storage this manager uses (the backup and reset functions). */
export type BackupStore = Pick<
	Storage,
	'exportBackup' | 'previewImport' | 'importRecords' | 'resetAll' | 'resetBank'
>;

/** A backup file chosen by the learner (a `File`, or its likeness in tests). */
export interface BackupFileInput {
	text(): Promise<string>;
}

interface Options {
	now?: () => Date;
	/** Hands a made file to the learner (default: a download). */
	save?: (name: string, content: string) => void;
}

/** Which progress a reset removes: a bank id, or every bank. */
export type ResetTarget = { bankId: string } | 'all';

export class BackupManager {
	#store: BackupStore;
	#now: () => Date;
	#save: (name: string, content: string) => void;
	#exportMessage = $state('');
	#importError = $state('');
	#importMessage = $state('');
	#pending = $state<{ records: Snapshot; exportedAt: Date } | null>(null);
	#mode = $state<ImportMode>('merge');
	#plan = $state<ImportPlan | null>(null);
	#importing = $state(false);
	/** Whole percent of the import in progress. */
	#percent = $state(0);
	#resetMessage = $state('');

	constructor(store: BackupStore = storage, options: Options = {}) {
		this.#store = store;
		// A moment handed to the backup, never kept in state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#now = options.now ?? (() => new Date());
		this.#save =
			options.save ?? ((name, content) => downloadFile(name, content, 'application/json'));
	}

	/** "Pobrano plik …" after an export. */
	get exportMessage() {
		return this.#exportMessage;
	}
	/** Why the chosen file cannot be imported (nothing was). */
	get importError() {
		return this.#importError;
	}
	/** What the latest import did. */
	get importMessage() {
		return this.#importMessage;
	}
	/** What importing the chosen file would change; null when no valid file is chosen. */
	get plan() {
		return this.#plan;
	}
	/** When the chosen backup was made, formatted; '' when none is chosen. */
	get pendingExportedAt(): string {
		return this.#pending ? formatDateTimeLong(this.#pending.exportedAt) : '';
	}
	get mode() {
		return this.#mode;
	}
	get importing() {
		return this.#importing;
	}
	/** "Importowanie… 42%" while an import runs, '' otherwise. */
	get importProgress(): string {
		return this.#importing ? t.importProgress(formatPercent(this.#percent / 100)) : '';
	}
	/** What the latest reset did. */
	get resetMessage() {
		return this.#resetMessage;
	}

	/** Makes the backup of everything readable now and hands it to the learner. */
	async exportProgress(): Promise<void> {
		const now = this.#now();
		const file = await this.#store.exportBackup(now);
		const name = backupFileName(now);
		this.#save(name, serializeBackup(file));
		this.#exportMessage = t.exported(name);
	}

	/** Reads a chosen backup file; a valid one gets a plan, an invalid one a message. */
	async choose(file: BackupFileInput | undefined): Promise<void> {
		this.#importError = '';
		this.#importMessage = '';
		this.cancelImport();
		if (!file) return;
		const parsed = parseBackup(await file.text());
		if (!parsed.ok) {
			this.#importError = t.importInvalid(parsed.error);
			return;
		}
		this.#pending = { records: parsed.records, exportedAt: parsed.exportedAt };
		await this.#updatePlan();
	}

	/** Merge or replace; the plan follows. */
	async setMode(mode: ImportMode): Promise<void> {
		this.#mode = mode;
		await this.#updatePlan();
	}

	async #updatePlan() {
		const pending = this.#pending;
		const plan = pending ? await this.#store.previewImport(pending.records, this.#mode) : null;
		if (this.#pending === pending) this.#plan = plan;
	}

	/** Imports the chosen file as planned. */
	async applyImport(): Promise<void> {
		const pending = this.#pending;
		if (!pending || this.#importing) return;
		this.#importing = true;
		this.#percent = 0;
		try {
			const result = await this.#store.importRecords(pending.records, this.#mode, (share) => {
				// Whole percents only: the live region reads out each change.
				const percent = Math.floor(share * 100);
				if (percent !== this.#percent) this.#percent = percent;
			});
			this.#importMessage = result.ok ? t.imported(result.plan.changes) : t.importFailed;
		} finally {
			this.#importing = false;
		}
		this.cancelImport();
	}

	/** Forgets the chosen file. */
	cancelImport() {
		this.#pending = null;
		this.#plan = null;
	}

	/** Removes one bank's progress or everything (the app's own flags stay). */
	async reset(target: ResetTarget): Promise<void> {
		const result =
			target === 'all' ? await this.#store.resetAll() : await this.#store.resetBank(target.bankId);
		this.#resetMessage = result.ok ? t.resetDone(result.removed) : t.resetFailed;
	}

	/** Clears the reset message (a new reset is being considered). */
	startReset() {
		this.#resetMessage = '';
	}
}
