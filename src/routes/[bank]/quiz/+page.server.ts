import { allBanks, getBank } from '$lib/server/banks';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() =>
	allBanks().map((b) => ({ bank: b.bank.id }))) satisfies EntryGenerator;

export const load = (({ params }) => {
	const { bank } = getBank(params.bank);
	return {
		bank: { id: bank.id, title: bank.title, topics: bank.topics },
		questions: bank.questions
	};
}) satisfies PageServerLoad;
