import type { PageLoad } from './$types';

export const load = (async ({ parent }) => {
	const { bank, blocks, evidence } = (await parent()).loaded;
	return {
		bank: { id: bank.id, title: bank.title, attribution: bank.attribution, date: bank.date },
		blocks,
		evidence
	};
}) satisfies PageLoad;
