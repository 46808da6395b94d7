/** What the browser says about keeping our storage: persistent or not, and bytes used. */

export interface StorageEstimate {
	/** True when the browser promised not to evict our data; null when it cannot tell. */
	persisted: boolean | null;
	/** Bytes used by this origin (all storage, including the offline copy of the app). */
	usageBytes: number | null;
}

/** Reads `navigator.storage.persisted()` and `estimate()`; never throws. */
export async function storageEstimate(): Promise<StorageEstimate> {
	const manager = (globalThis as { navigator?: Navigator }).navigator?.storage;
	let persisted: boolean | null = null;
	let usageBytes: number | null = null;
	try {
		if (manager?.persisted) persisted = await manager.persisted();
	} catch {
		/* unknown */
	}
	try {
		if (manager?.estimate) usageBytes = (await manager.estimate()).usage ?? null;
	} catch {
		/* unknown */
	}
	return { persisted, usageBytes };
}

/** Bytes as megabytes (10^6), for display. */
export function toMegabytes(bytes: number): number {
	return bytes / 1_000_000;
}
