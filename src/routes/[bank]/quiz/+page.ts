import type { PageLoad } from './$types';

export const load = (async ({ parent }) => {
	const { bank } = (await parent()).loaded;
	return {
		bank: { id: bank.id, title: bank.title, topics: bank.topics },
		questions: bank.questions
	};
}) satisfies PageLoad;
