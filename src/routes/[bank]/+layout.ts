import { bankDependency } from '$lib/banks/hydration';
import { loadBank } from '$lib/banks/load';
import type { LayoutLoad } from './$types';

/** The bank, built-in or on the device, read once for all of its pages. */
export const load = (async ({ params, depends }) => {
	depends(bankDependency(params.bank));
	return { loaded: await loadBank(params.bank) };
}) satisfies LayoutLoad;
