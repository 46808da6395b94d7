/**
 * The built-in banks from the files under `questions/`: folders (`<id>/bank.yaml` +
 * `source.md`) and single files (`<id>.yaml`, see `format.ts`). Shared by the build check
 * (`bank/fs.ts`, reading the disk) and the data endpoints (`server/banks.ts`, through Vite).
 * Collects the problems of every bank before failing, each naming file, id and rule.
 */
import { parseBank } from '../bank/parse';
import { BankError, type BankProblem } from '../bank/validate';
import type { LoadedBank } from '../bank/types';
import { parseBankFile } from './file';
import { isLocalId, LOCAL_PREFIX } from './ids';

/** A built-in bank: validated, with the text it rests on. */
export interface BuiltInBank {
	loaded: LoadedBank;
	/** The text exactly as written in its file. */
	text: string;
	/** Where it comes from, e.g. `questions/rzeki.yaml`. */
	file: string;
}

/**
 * Loads every bank from `files`: path under the project root (`questions/x/bank.yaml`) →
 * contents. Throws a `BankError` listing every problem of every bank.
 */
export function builtInBanks(files: Readonly<Record<string, string>>): BuiltInBank[] {
	const problems: BankProblem[] = [];
	const banks: BuiltInBank[] = [];
	const collect = (fn: () => BuiltInBank) => {
		try {
			banks.push(fn());
		} catch (e) {
			if (e instanceof BankError) problems.push(...e.problems);
			else throw e;
		}
	};
	for (const path of Object.keys(files).sort()) {
		const folder = /^questions\/([^/]+)\/bank\.yaml$/.exec(path);
		const single = /^questions\/([^/]+)\.yaml$/.exec(path);
		if (folder) {
			const dir = `questions/${folder[1]}`;
			collect(() => {
				let text = '';
				const loaded = parseBank(dir, files[path] as string, (name) => {
					const found = files[`${dir}/${name}`];
					if (found !== undefined) text = found;
					return found;
				});
				return { loaded, text, file: path };
			});
		} else if (single) {
			collect(() => {
				const result = parseBankFile(files[path] as string, path);
				if (!result.ok) throw new BankError(result.problems);
				if (result.loaded.bank.id !== single[1]) {
					throw new BankError([
						{
							file: path,
							id: 'bank',
							rule: `id "${result.loaded.bank.id}" must equal the file name "${single[1]}"`
						}
					]);
				}
				return { loaded: result.loaded, text: result.text, file: path };
			});
		}
	}
	const seen = new Map<string, string>();
	for (const { loaded, file } of banks) {
		const id = loaded.bank.id;
		if (isLocalId(id)) {
			problems.push({
				file,
				id: 'bank',
				rule: `id "${id}": the prefix "${LOCAL_PREFIX}" is reserved for banks on the device`
			});
		}
		const other = seen.get(id);
		if (other) problems.push({ file, id: 'bank', rule: `id "${id}" is also the id of ${other}` });
		seen.set(id, file);
	}
	if (problems.length) throw new BankError(problems);
	return banks.sort((a, b) => (a.loaded.bank.id < b.loaded.bank.id ? -1 : 1));
}
