/**
 * The app's bank repository: built-in banks from the emitted data files (fetched from our
 * own origin, answered by the service worker's precache offline), banks on the device from
 * storage. Import `banks` from here; see `repository.ts`.
 *
 * While pages are prerendered, the built-in banks come straight from the build's reader
 * (`$lib/server/banks`, imported only on the server: `import.meta.env.SSR` is false in the
 * browser bundle, so it is dropped there) and no bank is on the device. Pages therefore carry
 * the rendered markup but no bank data: the browser's loaders read the same banks again from
 * the data files, so hydration sees exactly what was prerendered.
 */
import { base } from '$app/paths';
import { storage } from '$lib/storage';
import { BankRepository, type BuiltInSource, type LocalBankStore } from './repository';

async function fetchJson(path: string): Promise<unknown> {
	const response = await fetch(`${base}/banks/${path}`);
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	return response.json();
}

const builtIn: BuiltInSource = import.meta.env.SSR
	? {
			index: async () => (await import('$lib/server/banks')).builtInIndex(),
			file: async (id) => (await import('$lib/server/banks')).builtInFile(id)
		}
	: { index: () => fetchJson('index.json'), file: (id) => fetchJson(`${id}.json`) };

const store: LocalBankStore = import.meta.env.SSR
	? {
			list: async () => [],
			get: async () => undefined,
			put: async () => false,
			remove: async () => false
		}
	: {
			list: async () => (await storage.list('banks')).map((r) => r.data),
			get: (id) => storage.get('banks', id),
			put: (id, record) => storage.put('banks', id, record),
			remove: (id) => storage.remove('banks', id)
		};

export const banks = new BankRepository(builtIn, store);

export { BankLoadError, type RepoBank } from './repository';
export type { BankSummary } from './summary';
export { isLocalId } from './ids';
