import { BANKS } from '$lib/banks/hydration';
import { loadBankList } from '$lib/banks/load';
import type { PageLoad } from './$types';

/** Bank ids and titles, for choosing which bank's progress to reset. */
export const load = (async ({ depends }) => {
	depends(BANKS);
	return { banks: (await loadBankList()).map(({ id, title }) => ({ id, title })) };
}) satisfies PageLoad;
