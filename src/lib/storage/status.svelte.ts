/** What the layout shows about storage: memory-only mode and failed writes. */
import { storage as text } from './strings';

class StorageStatus {
	#memoryOnly = $state(false);
	#errors = $state<string[]>([]);
	#corrupt = $state(0);

	get memoryOnly() {
		return this.#memoryOnly;
	}
	get memoryOnlyMessage() {
		return text.memoryOnly;
	}
	get errors() {
		return this.#errors;
	}
	/** Records found unreadable (kept, skipped). */
	get corrupt() {
		return this.#corrupt;
	}

	setMemoryOnly() {
		this.#memoryOnly = true;
	}
	reportWriteFailure(message: string) {
		if (!this.#errors.includes(message)) this.#errors.push(message);
	}
	reportCorrupt(count: number) {
		this.#corrupt = count;
	}
	dismiss(index: number) {
		this.#errors.splice(index, 1);
	}
}

export const storageStatus = new StorageStatus();
