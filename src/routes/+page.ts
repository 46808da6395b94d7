import { BANKS } from '$lib/banks/hydration';
import { loadBankList } from '$lib/banks/load';
import type { PageLoad } from './$types';

export const load = (async ({ depends }) => {
	depends(BANKS);
	return { banks: await loadBankList() };
}) satisfies PageLoad;
