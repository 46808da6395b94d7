/**
 * Route loaders' access to the repository: a missing bank becomes a 404 with a Polish
 * message (different for a bank that should be on this device), unreadable data a 503.
 */
import { error } from '@sveltejs/kit';
import { banks, BankLoadError, type BankSummary, type RepoBank } from './index';
import { listsIncludeLocal } from './hydration';
import { isLocalId } from './ids';
import { banksText as text } from './strings';

async function orFail<T>(task: Promise<T>): Promise<T> {
	try {
		return await task;
	} catch (e) {
		if (e instanceof BankLoadError) error(503, text.loadFailed);
		throw e;
	}
}

/** The bank `id` for a page, or the error page saying why there is none. */
export async function loadBank(id: string): Promise<RepoBank> {
	const found = await orFail(banks.get(id));
	if (!found) error(404, isLocalId(id) ? text.unknownLocal : text.unknownBank);
	return found;
}

/**
 * Every bank for lists: built-in ones, and once the app is mounted the device's too (see
 * `hydration.ts`; call `depends(BANKS)` in the loader).
 */
export function loadBankList(): Promise<BankSummary[]> {
	return orFail(banks.list(listsIncludeLocal()));
}

/** Every bank in full (classroom pages look questions up by id in any bank). */
export async function loadAllBanks(): Promise<RepoBank[]> {
	const list = await loadBankList();
	const all = await Promise.all(list.map((s) => orFail(banks.get(s.id))));
	return all.filter((b): b is RepoBank => b !== undefined);
}
