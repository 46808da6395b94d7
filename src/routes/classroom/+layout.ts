import { BANKS } from '$lib/banks/hydration';
import { loadAllBanks } from '$lib/banks/load';
import type { ClassroomBank } from '$lib/classroom/linked.svelte';
import type { LayoutLoad } from './$types';

/**
 * Every classroom page needs the banks' questions: the quiz itself travels in the link's
 * hash fragment (read in the browser only) and names its questions by id. Banks on the
 * device are included, so a teacher can run a classroom quiz from a bank of their own.
 * The evidence map (where quotes stand in the text) is left out: no classroom page reads it.
 */
export const load = (async ({ depends }) => {
	depends(BANKS);
	return {
		banks: (await loadAllBanks()).map(({ bank }): ClassroomBank => ({
			id: bank.id,
			title: bank.title,
			topics: bank.topics,
			questions: bank.questions
		}))
	};
}) satisfies LayoutLoad;
