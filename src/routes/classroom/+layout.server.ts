import { allBanks } from '$lib/server/banks';
import type { LayoutServerLoad } from './$types';

/**
 * Every classroom page needs the banks' questions: the quiz itself travels in the link's
 * hash fragment (read in the browser only) and names its questions by id.
 */
export const load = (() => ({
	banks: allBanks().map(({ bank, evidence }) => ({
		id: bank.id,
		title: bank.title,
		topics: bank.topics,
		questions: bank.questions,
		evidence
	}))
})) satisfies LayoutServerLoad;
