/**
 * Lists of banks and hydration. A prerendered page lists the built-in banks only (the
 * build knows nothing of the device); the browser's first load of that page must list the
 * same, or hydration would not match the markup. Once the app is mounted, `banksMounted()`
 * re-runs every loader that depends on `BANKS` and the lists gain the device's banks.
 */
import { invalidate } from '$app/navigation';

/** Dependency of every loader that reads banks; invalidate it after adding or removing one. */
export const BANKS = 'kartkowka:banks';

let mounted = false;

/** True once the app is mounted: lists may include banks on the device. */
export function listsIncludeLocal(): boolean {
	return mounted;
}

/** Called once by the root layout after mounting. */
export function banksMounted(): void {
	if (mounted) return;
	mounted = true;
	void invalidate(BANKS);
}

/** Dependency of the loader of one bank's pages. */
export function bankDependency(id: string): `kartkowka:${string}` {
	return `kartkowka:bank:${id}`;
}

/** Re-runs every bank loader, e.g. after a bank was added, replaced or removed. */
export function banksChanged(): Promise<void> {
	return invalidate((url) => url.href === BANKS || url.href.startsWith('kartkowka:bank:'));
}
