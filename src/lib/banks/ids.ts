/**
 * Bank ids on the device. A bank stored on the device (imported, made from a pasted text)
 * always has an id starting with `moj-`; built-in ids never do (the build refuses them), so
 * the two can never collide and progress keyed by bank id never mixes.
 */

/** Prefix of every local bank's id. */
export const LOCAL_PREFIX = 'moj-';

/** True for the id of a bank stored on the device. */
export function isLocalId(id: string): boolean {
	return id.startsWith(LOCAL_PREFIX);
}

/** The local id for a bank whose file says `fileId` (`rzeki` → `moj-rzeki`). */
export function localIdFor(fileId: string): string {
	return isLocalId(fileId) ? fileId : LOCAL_PREFIX + fileId;
}

/** The id written into an exported file: a local bank's id without its prefix. */
export function fileIdFor(id: string): string {
	return isLocalId(id) ? id.slice(LOCAL_PREFIX.length) : id;
}

/** `wanted`, or `wanted-2`, `wanted-3`, … — the first that `taken` does not hold. */
export function freeId(wanted: string, taken: ReadonlySet<string>): string {
	if (!taken.has(wanted)) return wanted;
	for (let n = 2; ; n++) {
		const id = `${wanted}-${n}`;
		if (!taken.has(id)) return id;
	}
}
