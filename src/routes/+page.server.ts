import { bankSummaries } from '$lib/server/banks';
import type { PageServerLoad } from './$types';

export const load = (() => ({ banks: bankSummaries() })) satisfies PageServerLoad;
