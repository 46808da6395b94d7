/**
 * Property: every mutation of a valid bank file is either imported exactly (what is stored
 * is what the file says) or rejected with the store unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBankFile, serialiseBankFile } from '../../src/lib/banks/file';
import { parseBankFileValue, toBankFileValue } from '../../src/lib/banks/format';
import { localIdFor } from '../../src/lib/banks/ids';
import { BankRepository } from '../../src/lib/banks/repository';
import { KINDS, Storage, type Kind } from '../../src/lib/storage';
import { MemoryBackend } from '../../src/lib/storage/backend';
import { SMALL_YAML } from './banks-fixtures';

const parsed = (() => {
	const r = parseBankFile(SMALL_YAML, 'rzeki.yaml');
	if (!r.ok) throw new Error('fixture');
	return r;
})();
const base = toBankFileValue(parsed.loaded.bank, parsed.text);

function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
	const out: (string | number)[][] = [prefix];
	if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
	else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
	}
	return out;
}

type Mutation = { pick: number; op: 'delete' | 'replace'; value: unknown };
const mutationArb: fc.Arbitrary<Mutation> = fc.record({
	pick: fc.nat(),
	op: fc.constantFrom('delete', 'replace') as fc.Arbitrary<'delete' | 'replace'>,
	value: fc.oneof(
		fc.jsonValue({ maxDepth: 2 }),
		fc.constantFrom('', ' ', 'Drugi akapit', '7598 kilometrów', 'moj-x', 0, -1, 1.5, 4, null, true)
	)
});

function mutate(file: unknown, { pick, op, value }: Mutation): unknown {
	const all = paths(file);
	const path = all[pick % all.length]!;
	if (path.length === 0) return op === 'delete' ? undefined : value;
	let parent = file as Record<string | number, unknown>;
	for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
	const last = path[path.length - 1]!;
	if (op === 'delete') {
		if (Array.isArray(parent)) parent.splice(last as number, 1);
		else delete parent[last];
	} else parent[last] = value;
	return file;
}

function repository() {
	const backends = Object.fromEntries(KINDS.map((k) => [k, new MemoryBackend()])) as Record<
		Kind,
		MemoryBackend
	>;
	const storage = new Storage({ backends });
	const repo = new BankRepository(
		{ index: async () => [], file: async () => undefined },
		{
			list: async () => (await storage.list('banks')).map((r) => r.data),
			get: (id) => storage.get('banks', id),
			put: (id, record) => storage.put('banks', id, record),
			remove: (id) => storage.remove('banks', id)
		}
	);
	return { repo, backend: backends.banks };
}

describe('property: mutated bank files are imported exactly or rejected', () => {
	it('holds for JSON and YAML, one to three mutations', async () => {
		let accepted = 0;
		let rejected = 0;
		await fc.assert(
			fc.asyncProperty(
				fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
				fc.boolean(),
				async (mutations, asYaml) => {
					let value: unknown = structuredClone(base);
					for (const m of mutations) value = mutate(value, m);
					const { repo, backend } = repository();
					// A bank already on the device, which a rejected file must leave as it is.
					await repo.saveLocal(parsed.loaded.bank, parsed.text, 'moj-istniejacy', 0);
					const before = await backend.entries();
					let result;
					if (asYaml && value && typeof value === 'object' && !Array.isArray(value)) {
						// Through the YAML writer when the mutation still looks like a bank file.
						const first = parseBankFileValue(value, 'x.json');
						result = first.ok
							? parseBankFile(serialiseBankFile(first.loaded.bank, first.text), 'x.yaml')
							: first;
					} else result = parseBankFile(JSON.stringify(value) ?? '', 'x.json');
					if (!result.ok) {
						rejected++;
						expect(result.problems.length).toBeGreaterThan(0);
						expect(await backend.entries()).toEqual(before);
						return;
					}
					accepted++;
					const id = localIdFor(result.loaded.bank.id);
					expect(await repo.saveLocal(result.loaded.bank, result.text, id, 1)).toBe(true);
					const stored = await repo.get(id);
					expect(stored?.bank).toEqual({ ...result.loaded.bank, id });
					expect(stored?.text).toBe(result.text);
					expect(stored?.evidence).toEqual(result.loaded.evidence);
				}
			),
			{ numRuns: 150, seed: 1412 }
		);
		expect(accepted).toBeGreaterThan(5);
		expect(rejected).toBeGreaterThan(5);
	}, 120_000);
});
