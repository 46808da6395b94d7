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
