import { allBanks } from '$lib/server/banks';
import type { ClassroomBank } from '$lib/classroom/linked.svelte';
import type { LayoutServerLoad } from './$types';

/**
 * Every classroom page needs the banks' questions: the quiz itself travels in the link's
 * hash fragment (read in the browser only) and names its questions by id. Only what the
 * pages read is shipped: the evidence map (where quotes stand in the text) is left out.
 */
export const load = (() => ({
	banks: allBanks().map(({ bank }): ClassroomBank => ({
		id: bank.id,
		title: bank.title,
		topics: bank.topics,
		questions: bank.questions
	}))
})) satisfies LayoutServerLoad;
