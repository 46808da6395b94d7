/**
 * "Edytuj zestaw": changes a bank stored on the device — edit, remove and add questions and
 * flashcards with the item editor — and stores it again under the same id, so progress stays
 * with every item that keeps its id. One instance per page.
 */
import type { Bank, Card, Question } from '$lib/bank/types';
import { banks, type RepoBank } from '$lib/banks';
import { banksChanged } from '$lib/banks/hydration';
import { checkBank } from './bank';
import { checkItem, fieldProblem, putItem, removeItem, type Built, type ItemForm } from './editor';
import { paragraphViews } from './propose';
import { editPageStrings as t } from './strings';
import { summariseItem } from './summary';
import type { ParagraphView } from './types';

export class BankEditor {
	#bank: Bank;
	#text: string;
	#paragraphs: ParagraphView[];
	#dirty = $state(false);
	#saving = $state(false);
	#status = $state('');
	#error = $state('');

	constructor(loaded: RepoBank) {
		this.#bank = $state.raw(loaded.bank);
		this.#text = loaded.text;
		this.#paragraphs = paragraphViews(loaded.blocks).paragraphs;
	}

	get bank(): Bank {
		return this.#bank;
	}
	/** The bank's paragraphs with their sentences, for picking evidence. */
	get paragraphs(): readonly ParagraphView[] {
		return this.#paragraphs;
	}
	/** True while there are changes not yet stored. */
	get dirty() {
		return this.#dirty;
	}
	get saving() {
		return this.#saving;
	}
	/** The last thing done, for the live region. */
	get status() {
		return this.#status;
	}
	/** Why saving failed, in Polish ('' when it did not). */
	get error() {
		return this.#error;
	}

	/** Checks the form with the bank's other items (`exceptId`: the item being edited). */
	check(form: ItemForm, exceptId: string): Built {
		return checkItem(form, {
			topics: this.#bank.topics,
			questions: this.#bank.questions.filter((q) => q.id !== exceptId),
			cards: this.#bank.cards.filter((c) => c.id !== exceptId),
			sourceText: this.#text
		});
	}

	/** Puts an edited or new item into the bank (not stored until `save`). */
	put(item: Question | Card): void {
		this.#bank = putItem(this.#bank, item);
		this.#dirty = true;
		this.#status = t.unsaved;
	}

	remove(id: string): void {
		const item = [...this.#bank.questions, ...this.#bank.cards].find((i) => i.id === id);
		if (!item) return;
		this.#bank = removeItem(this.#bank, id);
		this.#dirty = true;
		this.#status = `${t.removed(summariseItem(item).ask)} ${t.unsaved}`;
	}

	/**
	 * Stores the bank under its own id.
	 * @param now ms since epoch
	 */
	async save(now: number): Promise<boolean> {
		if (!this.#dirty) {
			this.#status = t.noChanges;
			return false;
		}
		this.#error = '';
		if (this.#bank.questions.length + this.#bank.cards.length === 0) {
			this.#error = t.empty;
			return false;
		}
		const validation = checkBank(this.#bank, this.#text);
		if (!validation.ok) {
			this.#error = validation.problems
				.map((p) => `${p.id}: ${fieldProblem(p.rule).message}`)
				.join('; ');
			return false;
		}
		this.#saving = true;
		const ok = await banks.saveLocal(this.#bank, this.#text, this.#bank.id, now);
		this.#saving = false;
		if (!ok) {
			this.#error = t.saveFailed;
			return false;
		}
		this.#dirty = false;
		await banksChanged();
		this.#status = t.saved;
		return true;
	}
}
