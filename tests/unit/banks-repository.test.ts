import { describe, expect, it } from 'vitest';
import { parseBankFile } from '../../src/lib/banks/file';
import { BankLoadError, BankRepository, type LocalBankStore } from '../../src/lib/banks/repository';
import type { LocalBankRecord } from '../../src/lib/banks/record';
import { summarise } from '../../src/lib/banks/summary';
import { Storage, KINDS, type Kind } from '../../src/lib/storage';
import { MemoryBackend } from '../../src/lib/storage/backend';
import { realBank, realBankFile, SMALL_YAML } from './banks-fixtures';

const T0 = Date.UTC(2026, 11, 1, 12, 0, 0);

const small = (() => {
	const r = parseBankFile(SMALL_YAML, 'rzeki.yaml');
	if (!r.ok) throw new Error('fixture');
	return r;
})();

function builtIn(fail = false) {
	const calls: string[] = [];
	const { loaded } = realBank();
	return {
		calls,
		source: {
			index: async () => {
				calls.push('index');
				if (fail) throw new Error('offline');
				return [summarise(loaded, false)];
			},
			file: async (id: string) => {
				calls.push(id);
				return realBankFile();
			}
		}
	};
}

/** The app's storage kind `banks`, in memory. */
function storageStore(): { store: LocalBankStore; storage: Storage; backend: MemoryBackend } {
	const backends = Object.fromEntries(KINDS.map((k) => [k, new MemoryBackend()])) as Record<
		Kind,
		MemoryBackend
	>;
	const storage = new Storage({ backends });
	const backend = backends.banks;
	return {
		storage,
		backend,
		store: {
			list: async () => (await storage.list('banks')).map((r) => r.data),
			get: (id) => storage.get('banks', id),
			put: (id, record) => storage.put('banks', id, record),
			remove: (id) => storage.remove('banks', id)
		}
	};
}

describe('bank repository', () => {
	it('lists built-in banks, then banks on the device marked local', async () => {
		const { store } = storageStore();
		const repo = new BankRepository(builtIn().source, store);
		expect(await repo.saveLocal(small.loaded.bank, small.text, 'moj-rzeki', T0)).toBe(true);
		const real = realBank().loaded;
		expect(await repo.list()).toEqual([
			{ ...summarise(real, false) },
			{
				id: 'moj-rzeki',
				title: 'Rzeki',
				description: 'Krótki zestaw do testów.',
				questionCount: 2,
				cardCount: 1,
				paragraphCount: 2,
				cardIds: ['c-1'],
				local: true
			}
		]);
		expect((await repo.list(false)).map((b) => b.id)).toEqual([real.bank.id]);
		expect(await repo.ids()).toEqual(new Set([real.bank.id, 'moj-rzeki']));
	}, 30_000);

	it('gets a built-in bank with its text from its data file, once', async () => {
		const { calls, source } = builtIn();
		const repo = new BankRepository(source, storageStore().store);
		const { loaded, text } = realBank();
		const first = await repo.get(loaded.bank.id);
		expect(first).toEqual({
			...loaded,
			bank: { ...loaded.bank, source: 'text' },
			text,
			local: false
		});
		expect(await repo.get(loaded.bank.id)).toBe(first);
		expect(calls).toEqual(['index', loaded.bank.id]);
		expect(await repo.get('nie-ma')).toBeUndefined();
	}, 30_000);

	it('gets a local bank validated by the build’s validator; unknown ids are undefined', async () => {
		const { store } = storageStore();
		const repo = new BankRepository(builtIn().source, store);
		await repo.saveLocal(small.loaded.bank, small.text, 'moj-rzeki', T0);
		expect(await repo.get('moj-rzeki')).toEqual({
			bank: { ...small.loaded.bank, id: 'moj-rzeki' },
			blocks: small.loaded.blocks,
			evidence: small.loaded.evidence,
			text: small.text,
			local: true
		});
		expect(await repo.get('moj-inny')).toBeUndefined();
	});

	it('replacing keeps the first addedAt; deleting removes only the bank', async () => {
		const { store, storage } = storageStore();
		const repo = new BankRepository(builtIn().source, store);
		await repo.saveLocal(small.loaded.bank, small.text, 'moj-rzeki', T0);
		const retitled = { ...small.loaded.bank, title: 'Rzeki Polski' };
		await repo.saveLocal(retitled, small.text, 'moj-rzeki', T0 + 1000);
		expect(await storage.get('banks', 'moj-rzeki')).toEqual({
			bank: { ...retitled, id: 'moj-rzeki' },
			text: small.text,
			addedAt: T0,
			updatedAt: T0 + 1000
		} satisfies LocalBankRecord);
		expect(await repo.deleteLocal('moj-rzeki')).toBe(true);
		expect(await repo.get('moj-rzeki')).toBeUndefined();
		await expect(repo.deleteLocal('kazachstan-2022-11')).rejects.toThrow('not a local bank id');
		await expect(repo.saveLocal(small.loaded.bank, small.text, 'rzeki', T0)).rejects.toThrow(
			'not a local bank id'
		);
	});

	it('a stored record whose evidence is no longer in its text is skipped, not shown', async () => {
		const { store, storage, backend } = storageStore();
		const repo = new BankRepository(builtIn().source, store);
		const broken = { bank: { ...small.loaded.bank, id: 'moj-rzeki' }, text: 'Inny tekst.' };
		await backend.set('moj-rzeki', {
			v: 1,
			data: { ...broken, addedAt: T0, updatedAt: T0 }
		});
		expect(await repo.get('moj-rzeki')).toBeUndefined();
		expect((await repo.list()).map((b) => b.id)).toEqual(['kazachstan-2022-11']);
		expect(storage.problems.map((p) => [p.kind, p.key, p.reason])).toEqual([
			[
				'banks',
				'moj-rzeki',
				'rekord: zestaw łamie regułę: moj-rzeki: q-granica: evidence "7598 kilometrów" not found in text'
			]
		]);
	});

	it('says so when the built-in banks cannot be read, and tries again next time', async () => {
		const { calls, source } = builtIn(true);
		const repo = new BankRepository(source, storageStore().store);
		await expect(repo.list()).rejects.toBeInstanceOf(BankLoadError);
		await expect(repo.get('kazachstan-2022-11')).rejects.toBeInstanceOf(BankLoadError);
		expect(calls).toEqual(['index', 'index']);
	});
});
