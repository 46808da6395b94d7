/**
 * The only reader of `questions/`: every bank is loaded and validated once, at build time,
 * and reaches the browser as prerendered page data.
 */
import { error } from '@sveltejs/kit';
import { parseBank } from '$lib/bank/parse';
import type { BankSummary, LoadedBank } from '$lib/bank/types';

const files = import.meta.glob('/questions/*/*', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

function load(): LoadedBank[] {
	const ids = Object.keys(files)
		.filter((p) => p.endsWith('/bank.yaml'))
		.map((p) => p.split('/')[2] as string)
		.sort();
	return ids.map((id) =>
		parseBank(
			`questions/${id}`,
			files[`/questions/${id}/bank.yaml`] as string,
			(name) => files[`/questions/${id}/${name}`]
		)
	);
}

const banks = load();

export function allBanks(): LoadedBank[] {
	return banks;
}

export function bankSummaries(): BankSummary[] {
	return banks.map(({ bank, blocks }) => ({
		id: bank.id,
		title: bank.title,
		description: bank.description,
		questionCount: bank.questions.length,
		cardCount: bank.cards.length,
		paragraphCount: blocks.filter((b) => b.kind === 'paragraph').length,
		cardIds: bank.cards.map((c) => c.id)
	}));
}

export function getBank(id: string): LoadedBank {
	const found = banks.find((b) => b.bank.id === id);
	if (!found) error(404, 'Nie ma takiego zestawu');
	return found;
}
