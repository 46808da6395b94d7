/** What lists of banks show about a bank, without the bank itself. */
import type { LoadedBank } from '../bank/types';

/** One bank in a list (home page, settings, classroom set-up). */
export interface BankSummary {
	id: string;
	title: string;
	description: string;
	questionCount: number;
	cardCount: number;
	paragraphCount: number;
	/** Card ids, so the home page can count what is due without loading the whole bank. */
	cardIds: string[];
	/** True for a bank stored on the device ("Twój zestaw"). */
	local: boolean;
}

/** The contents of `/banks/index.json`. */
export type BuiltInIndex = BankSummary[];

export function summarise({ bank, blocks }: LoadedBank, local: boolean): BankSummary {
	return {
		id: bank.id,
		title: bank.title,
		description: bank.description,
		questionCount: bank.questions.length,
		cardCount: bank.cards.length,
		paragraphCount: blocks.filter((b) => b.kind === 'paragraph').length,
		cardIds: bank.cards.map((c) => c.id),
		local
	};
}
