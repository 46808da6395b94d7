/**
 * The only reader of `questions/` at build time: every built-in bank is loaded and validated
 * once, and reaches the browser as one data file per bank (`/banks/<id>.json`, see
 * src/routes/banks) plus an index (`/banks/index.json`). Pages read them through the bank
 * repository (`$lib/banks`), never from here.
 */
import { error } from '@sveltejs/kit';
import { builtInBanks, type BuiltInBank } from '$lib/banks/builtin';
import { toBankFileValue } from '$lib/banks/format';
import { summarise, type BuiltInIndex } from '$lib/banks/summary';

const globbed = import.meta.glob(['/questions/*/*', '/questions/*.yaml'], {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const banks: BuiltInBank[] = builtInBanks(
	Object.fromEntries(Object.entries(globbed).map(([path, text]) => [path.slice(1), text]))
);

/** Ids of the built-in banks, for the prerendered pages' `entries`. */
export function builtInIds(): string[] {
	return banks.map((b) => b.loaded.bank.id);
}

/** Entries of every `[bank]` route: one prerendered page per built-in bank. */
export function bankEntries(): { bank: string }[] {
	return builtInIds().map((bank) => ({ bank }));
}

/** `/banks/index.json`: what the home page shows about each built-in bank. */
export function builtInIndex(): BuiltInIndex {
	return banks.map(({ loaded }) => summarise(loaded, false));
}

/** `/banks/<id>.json`: the bank in the single-file form. */
export function builtInFile(id: string): Record<string, unknown> {
	const found = banks.find((b) => b.loaded.bank.id === id);
	if (!found) error(404, 'Nie ma takiego zestawu');
	return toBankFileValue(found.loaded.bank, found.text);
}
