/**
 * Node-only loader of every bank under `questions/`, for the build check in vite.config.ts
 * and for unit tests. Collects the problems of all banks before failing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBank } from './parse';
import { BankError, type BankProblem } from './validate';
import type { LoadedBank } from './types';

export function loadBankDir(root: string, id: string): LoadedBank {
	const dir = join(root, 'questions', id);
	const yamlText = readFileSync(join(dir, 'bank.yaml'), 'utf8');
	return parseBank(`questions/${id}`, yamlText, (name) => {
		const path = join(dir, name);
		return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
	});
}

export function loadAllBanks(root: string): LoadedBank[] {
	const ids = readdirSync(join(root, 'questions'), { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(root, 'questions', d.name, 'bank.yaml')))
		.map((d) => d.name)
		.sort();
	const problems: BankProblem[] = [];
	const banks: LoadedBank[] = [];
	for (const id of ids) {
		try {
			banks.push(loadBankDir(root, id));
		} catch (e) {
			if (e instanceof BankError) problems.push(...e.problems);
			else throw e;
		}
	}
	if (problems.length) throw new BankError(problems);
	return banks;
}
