/**
 * Loads sql.js for the `.apkg` export, in the browser only and only when asked: the wasm file is
 * bundled by Vite (`?url`) and served from our own origin, never fetched from elsewhere.
 */
import type { SqlJsStatic } from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';

let loading: Promise<SqlJsStatic> | undefined;

/** sql.js with its WebAssembly, loaded once. */
export function loadSqlJs(): Promise<SqlJsStatic> {
	loading ??= import('sql.js')
		.then(({ default: initSqlJs }) => initSqlJs({ locateFile: () => wasmUrl }))
		.catch((e: unknown) => {
			loading = undefined; // let a later export try again
			throw e;
		});
	return loading;
}

/**
 * Fetches sql.js and its WebAssembly file so the service worker caches them (see
 * vite.config.ts), without starting SQLite: called when the export menu opens, so that an
 * `.apkg` export works offline later. A failure (offline, not cached yet) is left to the export
 * itself to report.
 */
export async function warmSqlJs(): Promise<void> {
	await Promise.all([
		import('sql.js').catch(() => undefined),
		// Read to the end, so the worker's copy of the response is complete.
		fetch(wasmUrl)
			.then((response) => response.arrayBuffer())
			.catch(() => undefined)
	]);
}
