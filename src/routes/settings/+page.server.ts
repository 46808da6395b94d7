import { bankSummaries } from '$lib/server/banks';
import type { PageServerLoad } from './$types';

/** Bank ids and titles, for choosing which bank's progress to reset. */
export const load = (() => ({
	banks: bankSummaries().map(({ id, title }) => ({ id, title }))
})) satisfies PageServerLoad;
