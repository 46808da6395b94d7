import { hasSourceText } from '$lib/bank/source';
import type { PageLoad } from './$types';

export const load = (async ({ parent }) => {
	const { bank, blocks, evidence } = (await parent()).loaded;
	const hasText = hasSourceText(bank);
	return {
		bank: { id: bank.id, title: bank.title, attribution: bank.attribution, date: bank.date },
		hasText,
		blocks,
		evidence,
		/** A bank without a text: the quotes its items carry, shown on their own. */
		quotes: hasText
			? {}
			: Object.fromEntries(
					[...bank.questions, ...bank.cards]
						.filter((item) => item.evidence !== undefined)
						.map((item) => [item.id, ([] as string[]).concat(item.evidence ?? [])])
				)
	};
}) satisfies PageLoad;
