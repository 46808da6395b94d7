/**
 * Node-only loader of every bank under `questions/`, for the build check in vite.config.ts
 * and for unit tests. Collects the problems of all banks before failing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInBanks, type BuiltInBank } from '../banks/builtin';
import type { LoadedBank } from './types';

/** Every bank file under `<root>/questions` (folders one level deep), by project-relative path. */
export function readBankFiles(root: string): Record<string, string> {
	const files: Record<string, string> = {};
	const questions = join(root, 'questions');
	for (const entry of readdirSync(questions, { withFileTypes: true })) {
		if (entry.isFile() && entry.name.endsWith('.yaml')) {
			files[`questions/${entry.name}`] = readFileSync(join(questions, entry.name), 'utf8');
		} else if (entry.isDirectory() && existsSync(join(questions, entry.name, 'bank.yaml'))) {
			for (const name of readdirSync(join(questions, entry.name))) {
				const path = join(questions, entry.name, name);
				if (name.startsWith('.') || !existsSync(path)) continue;
				files[`questions/${entry.name}/${name}`] = readFileSync(path, 'utf8');
			}
		}
	}
	return files;
}

/** Every built-in bank with its text; throws a `BankError` naming every problem. */
export function loadBuiltInBanks(root: string): BuiltInBank[] {
	return builtInBanks(readBankFiles(root));
}

/** One bank folder `questions/<id>/`. */
export function loadBankDir(root: string, id: string): LoadedBank {
	const all = readBankFiles(root);
	const files = Object.fromEntries(
		Object.entries(all).filter(([path]) => path.startsWith(`questions/${id}/`))
	);
	const [bank] = builtInBanks(files);
	if (!bank) throw new Error(`questions/${id}/bank.yaml not found`);
	return bank.loaded;
}

export function loadAllBanks(root: string): LoadedBank[] {
	return loadBuiltInBanks(root).map((b) => b.loaded);
}
