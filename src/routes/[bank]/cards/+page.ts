import type { PageLoad } from './$types';

export const load = (async ({ parent }) => {
	const { bank } = (await parent()).loaded;
	return {
		bank: { id: bank.id, title: bank.title },
		cards: bank.cards.map((c) => ({ id: c.id, front: c.front, back: c.back, kind: c.kind }))
	};
}) satisfies PageLoad;
