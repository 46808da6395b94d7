import { hasSourceText } from '$lib/bank/source';
import type { PageLoad } from './$types';

export const load = (async ({ parent }) => {
	const { loaded } = await parent();
	const { bank, blocks, local } = loaded;
	return {
		bank: {
			id: bank.id,
			title: bank.title,
			description: bank.description,
			attribution: bank.attribution,
			topics: bank.topics,
			questionCount: bank.questions.length,
			cardCount: bank.cards.length,
			paragraphCount: blocks.filter((b) => b.kind === 'paragraph').length,
			/** False for a bank declared `source: none`: no reading page link. */
			hasText: hasSourceText(bank),
			cardIds: bank.cards.map((c) => c.id),
			local
		}
	};
}) satisfies PageLoad;
