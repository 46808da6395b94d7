import { allBanks, getBank } from '$lib/server/banks';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() =>
	allBanks().map((b) => ({ bank: b.bank.id }))) satisfies EntryGenerator;

export const load = (({ params }) => {
	const { bank, blocks } = getBank(params.bank);
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
			cardIds: bank.cards.map((c) => c.id)
		}
	};
}) satisfies PageServerLoad;
